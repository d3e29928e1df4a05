using Conventions.Comites;
using TeamsConventions.Application.Actions;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Handlers;

/// <summary>What follows a plan's vote in Teams, through the outbox: the validating committee's secretariat is told, 1:1, once per version.</summary>
public sealed class SuitesDesPlans(BoiteDEnvoi boite, TimeProvider timeProvider) : ISuitesDesPlans
{
    public async Task AValiderAsync(PlanOuvert plan, IReadOnlyList<Comite> valideurs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(valideurs);
        await SecretariatDuComite.AvertirAsync(
            boite, $"plan-a-valider|{plan.Plan.Id}|{plan.Plan.Version}", valideurs, timeProvider.GetUtcNow(),
            (t, valideur) => t.Format(CleTexte.PlanAValiderAvis, t.Format(CleTexte.PlanTitre, plan.Plan.Annee, plan.Comite.Nom), valideur.Nom),
            t => t.Format(CleTexte.PlanTitre, plan.Plan.Annee, plan.Comite.Nom),
            cancellationToken);
    }
}
