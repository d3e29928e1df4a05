using Conventions.Actions;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Seances;
using Conventions.Votes;
using TeamsConventions.Application.Accords;
using TeamsConventions.Application.Actions;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.ConventionsParticulieres;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Application.Seances;

namespace TeamsConventions.Application.Votes;

/// <summary>
/// The chair closes a vote, or the deadline job does once it has passed: the outcome is recorded, applied to the
/// item voted on (a dossier's avis de pertinence or decision, R06; a plan's, a particular convention's, minutes'), and what follows is handed over (an approved dossier's convention drawn up, R03). Idempotent:
/// closing again, from any instance, applies and hands over nothing twice. Returns the closed vote, or null if there
/// is no such vote; a broken rule (a member other than the chair, before the deadline) is a
/// <see cref="Conventions.Erreurs.RegleMetierException"/>.
/// </summary>
public sealed class CloturerLeVote(
    IScrutins scrutins, IComites comites, IDossiers dossiers, AppliquerLeVoteAuPlan auPlan, AppliquerLeVoteALaConventionParticuliere aLaConvention, CompteRenduDeSeance compteRendu,
    RedigerLaConventionDuDossier redaction, CatalogueDesConventions catalogue, IVueDesScrutins vue, ISuitesDesVotes suites)
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
            var applique = await dossiers.ModifierAsync(voteSur, d => d.AppliquerLeVote(resultat, catalogue.Type(d.Type), comite.Statuts.Code, motif, par, maintenant), cancellationToken);
            dossier = applique is null ? null : voteSur;
            if (applique is { Etat: EtatDuDossier.Approuve })
            {
                await redaction.ExecuterAsync(applique, comite, par, cancellationToken);
            }
        }

        if (comite is not null)
        {
            var motif = suites.MotifDeRejet(Bruxelles.Jour(maintenant), resultat);
            var reference = scrutin.Objet.Reference;
            await (scrutin.Objet.Nature switch
            {
                NatureDeLObjet.PlanDActions when PlanDActionsId.Lire(reference) is { } plan => auPlan.ExecuterAsync(plan, resultat, comite, motif, par, maintenant, cancellationToken),
                NatureDeLObjet.ConventionParticuliere when ConventionParticuliereId.Lire(reference) is { } convention => aLaConvention.ExecuterAsync(convention, resultat, comite, motif, par, maintenant, cancellationToken),
                NatureDeLObjet.CompteRendu when SeanceId.Lire(reference) is { } seance => compteRendu.AppliquerLeVoteAsync(seance, resultat, comite, motif, par, maintenant, cancellationToken),
                _ => Task.CompletedTask,
            });
        }

        vue.Signaler(id);
        await suites.AnnoncerAsync(scrutin, resultat, comite, dossier, cancellationToken);
        await scrutins.TerminerAsync(scrutin, cancellationToken);
        return scrutin;
    }
}
