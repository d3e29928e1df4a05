using Conventions.Actions;
using Conventions.Comites;
using Conventions.Seances;
using Conventions.Votes;
using TeamsConventions.Application.Actions;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.ConventionsParticulieres;
using TeamsConventions.Application.Votes;

namespace TeamsConventions.Application.Seances;

/// <summary>An item the secretariat may put on the agenda: what it is, its id (a dossier's: its open vote's), its title.</summary>
public sealed record PointPropose(NatureDeLObjet Nature, string Reference, string Intitule);

/// <summary>An item on the agenda with its vote as it stands (null if the vote is gone).</summary>
public sealed record PointInscrit(PointDeLOrdreDuJour Point, Scrutin? Scrutin);

/// <summary>A committee's agenda: its next meeting and its items, what may go on it, the past meetings whose minutes are to write.</summary>
public sealed record OrdreDuJour(Comite Comite, Seance? Prochaine, IReadOnlyList<PointInscrit> Points, IReadOnlyList<PointPropose> AInscrire, IReadOnlyList<Seance> ComptesRendusARediger);

/// <summary>
/// The agenda of the committee sitting in <c>lieu</c>: its next meeting with each item's vote; what its secretariat
/// may put on it — its drafts ready for its opinion, the drafts awaiting its validation, the minutes of its past
/// meetings, the open votes on dossiers before it — and the past meetings whose minutes are still to write. Null
/// when no committee sits there.
/// </summary>
public sealed class ConsulterLOrdreDuJour(
    IComites comites, ISeances seances, IScrutins scrutins, IPlans plans, ConsulterLePlan consulterLesPlans,
    ConsulterLaConventionParticuliere consulterLesConventions, TimeProvider timeProvider)
{
    public async Task<OrdreDuJour?> ExecuterAsync(LieuDuComite lieu, CancellationToken cancellationToken)
    {
        if (await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        var toutes = await seances.DuComiteAsync(comite.Id, cancellationToken);
        var prochaine = Seance.Prochaine(toutes, maintenant);
        var points = new List<PointInscrit>();
        foreach (var point in prochaine?.Points ?? [])
        {
            points.Add(new PointInscrit(point, await scrutins.ChargerAsync(point.Scrutin, cancellationToken)));
        }

        var inscrits = points.Select(p => p.Point.Reference).ToHashSet(StringComparer.Ordinal);
        var proposes = new List<PointPropose>();
        foreach (var plan in (await plans.DuComiteAsync(comite.Id, cancellationToken)).Where(p => p.Etat == EtatDuProjet.Brouillon && p.Actions.Count > 0))
        {
            if (await consulterLesPlans.AvecSonComiteAsync(plan, cancellationToken) is { } ouvert)
            {
                proposes.Add(new PointPropose(NatureDeLObjet.PlanDActions, plan.Id.ToString(), $"{ouvert.Formulaire.Libelle} {plan.Annee}"));
            }
        }

        foreach (var ouvert in await consulterLesPlans.AValiderAsync(lieu, cancellationToken) ?? [])
        {
            proposes.Add(new PointPropose(NatureDeLObjet.PlanDActions, ouvert.Plan.Id.ToString(), $"{ouvert.Formulaire.Libelle} {ouvert.Plan.Annee} — {ouvert.Comite.Nom}"));
        }

        if (await consulterLesConventions.DuLieuAsync(lieu, cancellationToken) is { } particulieres)
        {
            foreach (var ouverte in particulieres.Conventions.Where(c => c.Projet.Etat == (particulieres.Valide ? EtatDuProjet.AValider : EtatDuProjet.Brouillon)))
            {
                proposes.Add(new PointPropose(NatureDeLObjet.ConventionParticuliere, ouverte.Projet.Id.ToString(), $"{ouverte.Formulaire.Libelle} «\u00a0{ouverte.Intitule}\u00a0»{(particulieres.Valide ? $" — {ouverte.Comite.Nom}" : string.Empty)}"));
            }
        }

        foreach (var passee in toutes.Where(s => !s.EstAVenir(maintenant) && s.CompteRendu == EtatDuCompteRendu.Redige))
        {
            proposes.Add(new PointPropose(NatureDeLObjet.CompteRendu, passee.Id.ToString(), string.Empty));
        }

        foreach (var id in await scrutins.EcheantAvantAsync(DateTimeOffset.MaxValue, cancellationToken))
        {
            if (await scrutins.ChargerAsync(id, cancellationToken) is { EstClos: false, Objet.Nature: NatureDeLObjet.Dossier } vote && vote.Comite == comite.Id && !inscrits.Contains(vote.Objet.Reference))
            {
                proposes.Add(new PointPropose(NatureDeLObjet.Dossier, vote.Id.ToString(), vote.Objet.Intitule));
            }
        }

        var aRediger = toutes.Where(s => !s.EstAVenir(maintenant) && s.Points.Count > 0 && s.CompteRendu is EtatDuCompteRendu.Absent or EtatDuCompteRendu.Redige).ToList();
        return new OrdreDuJour(comite, prochaine, points, [.. proposes.Where(p => !inscrits.Contains(p.Reference))], aRediger);
    }
}
