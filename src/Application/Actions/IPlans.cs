using Conventions.Actions;
using Conventions.Comites;

namespace TeamsConventions.Application.Actions;

/// <summary>The committees' action plans as stored.</summary>
public interface IPlans
{
    /// <summary>The plan, or null if there is no such plan.</summary>
    Task<PlanDActions?> ChargerAsync(PlanDActionsId id, CancellationToken cancellationToken);

    /// <summary>Every plan of the committee, of every year, oldest first.</summary>
    Task<IReadOnlyList<PlanDActions>> DuComiteAsync(ComiteId comite, CancellationToken cancellationToken);

    /// <summary>The plans whose committee's opinion is favourable and whose validation is awaited, of every committee.</summary>
    Task<IReadOnlyList<PlanDActions>> AValiderAsync(CancellationToken cancellationToken);

    /// <summary>The validated plans (the plans of record), of every committee.</summary>
    Task<IReadOnlyList<PlanDActions>> ValidesAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new plan and lists it among its committee's.</summary>
    Task CreerAsync(PlanDActions plan, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="modification"/> to the plan and saves it; on a concurrent save, starts again from a
    /// fresh read. Returns the plan as saved, or null if there is no such plan.
    /// </summary>
    Task<PlanDActions?> ModifierAsync(PlanDActionsId id, Action<PlanDActions> modification, CancellationToken cancellationToken);
}
