using Conventions.Actions;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Seances;
using Conventions.Votes;
using TeamsConventions.Application.Actions;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.ConventionsParticulieres;
using TeamsConventions.Application.Votes;

namespace TeamsConventions.Application.Seances;

/// <summary>
/// The secretariat puts an item on its committee's agenda from the agenda's card, whatever the item: an action plan,
/// a particular convention, minutes (each opens its vote), or a dossier whose vote the analysts already opened
/// before the committee (it joins the next meeting's agenda with its vote as it is). Returns null for an unknown
/// item or place; a broken rule is a <see cref="RegleMetierException"/>.
/// </summary>
public sealed class InscrireUnPoint(
    InscrireLePlan plan, InscrireLaConventionParticuliere convention, CompteRenduDeSeance compteRendu, IScrutins scrutins, IComites comites, ISeances seances,
    InscriptionALOrdreDuJour inscription, TimeProvider timeProvider)
{
    public async Task<Inscription?> ExecuterAsync(LieuDuComite lieu, NatureDeLObjet nature, string reference, bool secret, MembreId par, CancellationToken cancellationToken) => nature switch
    {
        NatureDeLObjet.PlanDActions when PlanDActionsId.Lire(reference) is { } id => await plan.ExecuterAsync(id, lieu, secret, par, cancellationToken),
        NatureDeLObjet.ConventionParticuliere when ConventionParticuliereId.Lire(reference) is { } id => await convention.ExecuterAsync(id, lieu, secret, par, cancellationToken),
        NatureDeLObjet.CompteRendu when SeanceId.Lire(reference) is { } id => await compteRendu.InscrireAsync(id, lieu, secret, par, cancellationToken),
        NatureDeLObjet.Dossier when Guid.TryParseExact(reference, "N", out var vote) => await DossierAsync(lieu, new ScrutinId(vote), par, cancellationToken),
        _ => null,
    };

    private async Task<Inscription?> DossierAsync(LieuDuComite lieu, ScrutinId id, MembreId par, CancellationToken cancellationToken)
    {
        if (await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite || await scrutins.ChargerAsync(id, cancellationToken) is not { } vote || vote.Comite != comite.Id)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        if (await inscription.ProchaineAsync(comite.Id, cancellationToken) is not { } seance)
        {
            throw new RegleMetierException(CodesErreur.AucuneSeancePlanifiee, comite.Nom);
        }

        var point = new PointDeLOrdreDuJour(vote.Id, vote.Objet.Nature, vote.Objet.Reference, vote.Objet.Intitule, vote.Objet.EmpreinteDocument, vote.Secret);
        var apres = await seances.ModifierAsync(seance.Id, s => s.Inscrire(point, comite, par, maintenant), cancellationToken);
        return new Inscription(IssueDeLInscription.DejaInscrit, comite, vote, apres ?? seance);
    }
}
