using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Conventions.Actions;
using Conventions.Comites;
using Conventions.Membres;
using TeamsConventions.Application.Actions;
using static TeamsConventions.Bot.Storage.Colonnes;

namespace TeamsConventions.Bot.Storage;

public sealed record PlanCharge(PlanDActions Plan, EtatCharge Etat);

/// <summary>The action plans on Azure Tables: one partition per plan, one row per action, indexed by committee.</summary>
public sealed class PlansStockes(TableServiceClient service, TableNames tables, TimeProvider timeProvider)
    : DepotDAgregat<LigneDePlanEntity>(service, tables.Plans, timeProvider), IPlans
{
    private const string AValider = "a-valider";
    private const string Valides = "valides";

    public async Task<PlanDActions?> ChargerAsync(PlanDActionsId id, CancellationToken cancellationToken) =>
        (await ChargerAvecEtatAsync(id, cancellationToken))?.Plan;

    public async Task<IReadOnlyList<PlanDActions>> DuComiteAsync(ComiteId comite, CancellationToken cancellationToken) =>
        await PlansAsync(PartitionDuComite(comite), cancellationToken);

    async Task<IReadOnlyList<PlanDActions>> IPlans.AValiderAsync(CancellationToken cancellationToken) =>
        [.. (await PlansAsync(AValider, cancellationToken)).Where(p => p.Etat == EtatDuProjet.AValider)];

    async Task<IReadOnlyList<PlanDActions>> IPlans.ValidesAsync(CancellationToken cancellationToken) =>
        [.. (await PlansAsync(Valides, cancellationToken)).Where(p => p.Etat == EtatDuProjet.Valide)];

    public async Task CreerAsync(PlanDActions plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await EnregistrerAsync(plan, null, cancellationToken);
        await EcraserAsync(new LigneDePlanEntity { PartitionKey = PartitionDuComite(plan.Comite), RowKey = Index(plan) }, cancellationToken);
        await IndexerParEtatAsync(plan, cancellationToken);
    }

    public Task<PlanDActions?> ModifierAsync(PlanDActionsId id, Action<PlanDActions> modification, CancellationToken cancellationToken) => SaufAbsentAsync(async () =>
    {
        var plan = (await ModifierAsync(id.ToString(), ct => ChargerAvecEtatAsync(id, ct), c => c.Plan, modification, (c, ct) => EnregistrerAsync(c.Plan, c.Etat, ct), cancellationToken)).Plan;
        await IndexerParEtatAsync(plan, cancellationToken);
        return plan;
    });

    private async Task<PlanCharge?> ChargerAvecEtatAsync(PlanDActionsId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        if (etat is null)
        {
            return null;
        }

        var r = lignes.Single(l => l.RowKey == Racine);
        var actions = lignes.Where(l => l.RowKey.StartsWith("action-", StringComparison.Ordinal)).Select(l => new ActionDuPlan(
            l.RowKey["action-".Length..],
            JsonSerializer.Deserialize<Dictionary<string, string>>(Requise(l.Champs)) ?? [],
            MembreId.Depuis(Requise(l.Responsable)),
            Enum.Parse<EtatDeLAction>(Requise(l.EtatDeLAction)),
            l.MiseAJour is null ? null : DateOnly.ParseExact(l.MiseAJour, "yyyyMMdd", CultureInfo.InvariantCulture),
            l.Note));
        var plan = PlanDActions.Restaurer(id, Requise(r.Type), new ComiteId(Guid.ParseExact(Requise(r.Comite), "N")), Requise(r.Annee), r.Revision == true, Enum.Parse<EtatDuProjet>(Requise(r.Etat)), r.Version ?? 0, r.Empreinte, r.Motif, actions);
        return new PlanCharge(plan, etat);
    }

    private async Task<PlanCharge> EnregistrerAsync(PlanDActions plan, EtatCharge? precedent, CancellationToken cancellationToken)
    {
        var pk = plan.Id.ToString();
        var lignes = new List<LigneDePlanEntity>
        {
            new()
            {
                PartitionKey = pk, RowKey = Racine, Type = plan.Type, Comite = plan.Comite.ToString(), Annee = plan.Annee, Revision = plan.EstUneRevision, Etat = plan.Etat.ToString(),
                Version = plan.Version, Empreinte = plan.EmpreinteSoumise, Motif = plan.MotifDuRetour,
            },
        };
        lignes.AddRange(plan.Actions.Select(a => new LigneDePlanEntity
        {
            PartitionKey = pk, RowKey = $"action-{a.Id}", Champs = JsonSerializer.Serialize(a.Champs), Responsable = a.Responsable.ToString(), EtatDeLAction = a.Etat.ToString(),
            MiseAJour = a.MiseAJour?.ToString("yyyyMMdd", CultureInfo.InvariantCulture), Note = a.Note,
        }));
        return new PlanCharge(plan, await EnregistrerLignesAsync(lignes, precedent, plan, cancellationToken));
    }

    private Task<List<PlanDActions>> PlansAsync(string partition, CancellationToken cancellationToken) =>
        ListerAsync(partition, async (id, ct) => PlanDActionsId.Lire(id) is { } plan ? await ChargerAsync(plan, ct) : null, cancellationToken);

    /// <summary>Listed among the plans awaiting validation, or the plans of record; the lists are read filtered by state, so a row left behind is harmless.</summary>
    private async Task IndexerParEtatAsync(PlanDActions plan, CancellationToken cancellationToken)
    {
        if (plan.Etat is EtatDuProjet.AValider or EtatDuProjet.Valide)
        {
            await EcraserAsync(new LigneDePlanEntity { PartitionKey = plan.Etat == EtatDuProjet.Valide ? Valides : AValider, RowKey = Index(plan) }, cancellationToken);
        }
    }

    private static string PartitionDuComite(ComiteId comite) => $"comite-{comite}";

    /// <summary>Sorted by year: <c>{année}-{plan}</c>.</summary>
    private static string Index(PlanDActions plan) => $"{plan.Annee.ToString("D4", CultureInfo.InvariantCulture)}-{plan.Id}";
}
