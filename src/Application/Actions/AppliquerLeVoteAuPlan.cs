using Conventions.Actions;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.Actions;

/// <summary>What follows a plan's vote, handed over to be delivered once: the validating committee's secretariat learns a plan awaits it.</summary>
public interface ISuitesDesPlans
{
    Task AValiderAsync(PlanOuvert plan, IReadOnlyList<Comite> valideurs, CancellationToken cancellationToken);
}

/// <summary>
/// A closed vote on an action plan: the opinion or the validation applied (<see cref="PlanDActions.AppliquerLeVote"/>);
/// a favourable opinion is told to the secretariat of every committee that validates such plans; a validated
/// revision takes the place of the plan it revises.
/// </summary>
public sealed class AppliquerLeVoteAuPlan(IPlans plans, IComites comites, ConsulterLePlan consulter, CatalogueDesConventions catalogue, ISuitesDesPlans suites)
{
    public async Task ExecuterAsync(PlanDActionsId id, ResultatDuScrutin resultat, Comite comite, string? motif, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comite);
        var change = false;
        var applique = await plans.ModifierAsync(id, p =>
        {
            if (catalogue.Plans.GetValueOrDefault(p.Type) is { } formulaire)
            {
                change = p.AppliquerLeVote(resultat, formulaire, comite.Statuts.Code, motif, par, maintenant);
            }
        }, cancellationToken);
        if (!change || applique is null)
        {
            return;
        }

        if (applique.Etat == EtatDuProjet.AValider && await consulter.AvecSonComiteAsync(applique, cancellationToken) is { } ouvert)
        {
            await suites.AValiderAsync(ouvert, await comites.ParStatutsAsync(ouvert.Formulaire.Validation, cancellationToken), cancellationToken);
        }

        if (applique is { Etat: EtatDuProjet.Valide, EstUneRevision: true })
        {
            foreach (var remplace in (await plans.DuComiteAsync(applique.Comite, cancellationToken)).Where(p => p.Annee == applique.Annee && p.Etat == EtatDuProjet.Valide && p.Id != applique.Id))
            {
                await plans.ModifierAsync(remplace.Id, p => p.Remplacer(applique.Id, par, maintenant), cancellationToken);
            }
        }
    }
}
