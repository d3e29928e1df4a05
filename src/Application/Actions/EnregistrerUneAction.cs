using Conventions.Actions;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;

namespace TeamsConventions.Application.Actions;

/// <summary>The plan as saved, and how each entry fared.</summary>
public sealed record ActionEnregistree(PlanOuvert Plan, ResultatDeSaisie Resultat);

/// <summary>
/// A member of the committee saves one action of its draft plan (<see cref="PlanDActions.EnregistrerAction"/>), the
/// plan as its front door just read it with its committee (<see cref="ConsulterLePlan"/>): the save itself re-reads
/// the plan under its guard. Returns null for a plan that no longer exists; a broken rule is a
/// <see cref="RegleMetierException"/>.
/// </summary>
public sealed class EnregistrerUneAction(IPlans plans, TimeProvider timeProvider)
{
    public async Task<ActionEnregistree?> ExecuterAsync(PlanOuvert ouvert, string idAction, IReadOnlyList<Saisie> saisies, MembreId par, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ouvert);
        ResultatDeSaisie? resultat = null;
        var maintenant = timeProvider.GetUtcNow();
        var enregistre = await plans.ModifierAsync(ouvert.Plan.Id, p => resultat = p.EnregistrerAction(ouvert.Comite, ouvert.Formulaire, idAction, saisies, par, maintenant), cancellationToken);
        return enregistre is null || resultat is null ? null : new ActionEnregistree(ouvert with { Plan = enregistre }, resultat);
    }
}
