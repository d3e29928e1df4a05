using Conventions.Actions;
using Conventions.Calendrier;
using Conventions.Comites;
using Conventions.Membres;

namespace TeamsConventions.Application.Actions;

/// <summary>An action of a plan of record, with its plan (its committee and form).</summary>
public sealed record ActionSuivie(PlanOuvert Plan, ActionDuPlan Action);

/// <summary>What the three-month flag hands over: the committee's secretariat is told which actions wait for news.</summary>
public interface ISignalementsDesActions
{
    Task SignalerAsync(PlanOuvert plan, IReadOnlyList<ActionDuPlan> nonAJour, DateOnly jour, CancellationToken cancellationToken);
}

/// <summary>
/// R12: each action of a plan of record is followed by its owner, who records where it stands (prévue, en cours,
/// réalisée, abandonnée) with a short note; an open action not updated for three months is flagged to its
/// committee's secretariat.
/// </summary>
public sealed class SuivreLesActions(IPlans plans, ConsulterLePlan consulter, ISignalementsDesActions signalements, TimeProvider timeProvider)
{
    /// <summary>The actions <paramref name="responsable"/> owns in the plans of record, the plans' years in order.</summary>
    public async Task<IReadOnlyList<ActionSuivie>> MesActionsAsync(MembreId responsable, CancellationToken cancellationToken)
    {
        var miennes = new List<ActionSuivie>();
        foreach (var ouvert in await consulter.ValidesAsync(cancellationToken))
        {
            miennes.AddRange(ouvert.Plan.Actions.Where(a => a.Responsable == responsable).Select(a => new ActionSuivie(ouvert, a)));
        }

        return [.. miennes.OrderBy(m => m.Plan.Plan.Annee)];
    }

    /// <summary>The owner records where the action stands; returns the plan as saved, or null if there is no such plan.</summary>
    public async Task<PlanDActions?> MettreAJourAsync(PlanDActionsId plan, string action, EtatDeLAction etat, string? note, MembreId par, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        return await plans.ModifierAsync(plan, p => p.MettreAJourAction(action, etat, note, par, maintenant), cancellationToken);
    }

    /// <summary>Hands over, per plan of record, its open actions not updated for three months.</summary>
    public async Task SignalerLesActionsNonAJourAsync(CancellationToken cancellationToken)
    {
        var jour = Bruxelles.Jour(timeProvider.GetUtcNow());
        foreach (var ouvert in await consulter.ValidesAsync(cancellationToken))
        {
            if (ouvert.Plan.ActionsNonAJour(jour) is { Count: > 0 } nonAJour)
            {
                await signalements.SignalerAsync(ouvert, nonAJour, jour, cancellationToken);
            }
        }
    }
}
