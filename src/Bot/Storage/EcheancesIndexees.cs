using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Conventions.Accords;
using Conventions.Calendrier;

namespace TeamsConventions.Bot.Storage;

/// <summary>What is due on a day, for every convention, bucketed by day: one row per convention and kind of date (the next one).</summary>
public sealed class EcheancesIndexees(TableServiceClient service, TableNames tables) : TableRepository<EcheanceEntity>(service, tables.Echeances)
{
    public async Task MettreAJourAsync(ConventionId convention, string type, IReadOnlyList<Echeance> avant, IReadOnlyList<Echeance> apres, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(avant);
        ArgumentNullException.ThrowIfNull(apres);
        // Each date is its own day's row: side by side, the removals first (a date moved keeps its row's key).
        await Task.WhenAll(avant.Except(apres).Select(perimee => SupprimerAsync(Jour(perimee.Jour), Ligne(convention, perimee.Nature), cancellationToken)));
        await Task.WhenAll(apres.Except(avant).Select(nouvelle => EcraserAsync(Entite(convention, type, nouvelle), cancellationToken)));
    }

    /// <summary>Many conventions' dates at once, a transaction per day (the benchmark's and a rebuild's path).</summary>
    public async Task IndexerEnMasseAsync(IEnumerable<(ConventionId Convention, string Type, Echeance Echeance)> echeances, CancellationToken cancellationToken)
    {
        foreach (var jour in echeances.GroupBy(e => Jour(e.Echeance.Jour)))
        {
            foreach (var lot in jour.Chunk(Storage.StorageLimits.MaxTransactionActions))
            {
                await TransactionAsync([.. lot.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entite(e.Convention, e.Type, e.Echeance)))], cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<(ConventionId Convention, string Type, NatureDEcheance Nature)>> DuesLeAsync(DateOnly jour, CancellationToken cancellationToken)
    {
        var dues = new List<(ConventionId, string, NatureDEcheance)>();
        await foreach (var e in PartitionAsync(Jour(jour), cancellationToken))
        {
            dues.Add((new ConventionId(Guid.ParseExact(e.Convention, "N")), e.Type, Enum.Parse<NatureDEcheance>(e.Nature)));
        }

        return dues;
    }

    private static EcheanceEntity Entite(ConventionId convention, string type, Echeance echeance) => new()
    {
        PartitionKey = Jour(echeance.Jour),
        RowKey = Ligne(convention, echeance.Nature),
        Convention = convention.ToString(),
        Type = type,
        Nature = echeance.Nature.ToString(),
    };

    private static string Jour(DateOnly jour) => jour.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Ligne(ConventionId convention, NatureDEcheance nature) => $"{convention}-{nature}";
}
