using Conventions.Actions;
using Conventions.Catalogue;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.Actions;

/// <summary>A plan with its committee and form, or null if there is no such plan; and the plans awaiting validation.</summary>
public sealed class ConsulterLePlan(IPlans plans, IComites comites, CatalogueDesConventions catalogue)
{
    public async Task<PlanOuvert?> ExecuterAsync(PlanDActionsId id, CancellationToken cancellationToken) =>
        await plans.ChargerAsync(id, cancellationToken) is { } plan ? await AvecSonComiteAsync(plan, cancellationToken) : null;

    /// <summary>A plan already read, with its committee and form; null when either is gone.</summary>
    public async Task<PlanOuvert?> AvecSonComiteAsync(PlanDActions plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return await comites.ChargerAsync(plan.Comite, cancellationToken) is { } comite && catalogue.Plans.GetValueOrDefault(plan.Type) is { } formulaire
            ? new PlanOuvert(plan, comite, formulaire)
            : null;
    }

    /// <summary>The plans of record of every committee, with their committee and form.</summary>
    public async Task<IReadOnlyList<PlanOuvert>> ValidesAsync(CancellationToken cancellationToken) =>
        await AvecLeurComiteAsync(await plans.ValidesAsync(cancellationToken), cancellationToken);

    /// <summary>The plans the committee sitting in <paramref name="lieu"/> validates (its statutes are a plan form's validating committee), with their committee; null when it validates none.</summary>
    public async Task<IReadOnlyList<PlanOuvert>?> AValiderAsync(LieuDuComite lieu, CancellationToken cancellationToken)
    {
        if (await comites.DuLieuAsync(lieu, cancellationToken) is not { } valideur || !catalogue.Plans.Values.Any(f => f.Validation == valideur.Statuts.Code))
        {
            return null;
        }

        return [.. (await AvecLeurComiteAsync(await plans.AValiderAsync(cancellationToken), cancellationToken)).Where(o => o.Formulaire.Validation == valideur.Statuts.Code)];
    }

    private async Task<List<PlanOuvert>> AvecLeurComiteAsync(IEnumerable<PlanDActions> lus, CancellationToken cancellationToken)
    {
        var ouverts = new List<PlanOuvert>();
        foreach (var plan in lus)
        {
            if (await AvecSonComiteAsync(plan, cancellationToken) is { } ouvert)
            {
                ouverts.Add(ouvert);
            }
        }

        return ouverts;
    }
}
