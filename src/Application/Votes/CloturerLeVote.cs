using Conventions.Actions;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Actions;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Dossiers;

namespace TeamsConventions.Application.Votes;

/// <summary>
/// The chair closes a vote, or the deadline job does once it has passed: the outcome is recorded, applied to the
/// dossier voted on (R06: its avis de pertinence or its decision), and what follows is handed over. Idempotent:
/// closing again, from any instance, applies and hands over nothing twice. Returns the closed vote, or null if there
/// is no such vote; a broken rule (a member other than the chair, before the deadline) is a
/// <see cref="Conventions.Erreurs.RegleMetierException"/>.
/// </summary>
public sealed class CloturerLeVote(
    IScrutins scrutins, IComites comites, IDossiers dossiers, AppliquerLeVoteAuPlan auPlan, CatalogueDesConventions catalogue, IVueDesScrutins vue, ISuitesDesVotes suites)
{
    public async Task<Scrutin?> ExecuterAsync(ScrutinId id, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        ResultatDuScrutin resultat;
        try
        {
            resultat = await scrutins.CloturerAsync(id, par, maintenant, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }

        if (await scrutins.ChargerAsync(id, cancellationToken) is not { } scrutin)
        {
            return null;
        }

        var comite = await comites.ChargerAsync(scrutin.Comite, cancellationToken);
        var dossier = scrutin.Objet.Nature == NatureDeLObjet.Dossier ? DossierId.Lire(scrutin.Objet.Reference) : null;
        if (dossier is { } voteSur && comite is not null)
        {
            var motif = suites.MotifDeRejet(Bruxelles.Jour(maintenant), resultat);

            // A dossier that is gone: the vote's outcome stands on its own, and there is nothing to apply it to.
            dossier = await dossiers.ModifierAsync(voteSur, d => d.AppliquerLeVote(resultat, catalogue.Type(d.Type), comite.Statuts.Code, motif, par, maintenant), cancellationToken) is null ? null : voteSur;
        }

        if (scrutin.Objet.Nature == NatureDeLObjet.PlanDActions && PlanDActionsId.Lire(scrutin.Objet.Reference) is { } plan && comite is not null)
        {
            await auPlan.ExecuterAsync(plan, resultat, comite, suites.MotifDeRejet(Bruxelles.Jour(maintenant), resultat), par, maintenant, cancellationToken);
        }

        vue.Signaler(id);
        await suites.AnnoncerAsync(scrutin, resultat, comite, dossier, cancellationToken);
        await scrutins.TerminerAsync(scrutin, cancellationToken);
        return scrutin;
    }
}
