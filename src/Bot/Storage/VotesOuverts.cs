using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Conventions.Votes;

namespace TeamsConventions.Bot.Storage;

public sealed class VoteOuvertEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Scrutin { get; set; } = string.Empty;
}

/// <summary>Open votes by deadline (RK = deadline ticks + id), so that finding the votes past their deadline reads only those.</summary>
public sealed class VotesOuverts(TableServiceClient service, TableNames tables) : TableRepository<VoteOuvertEntity>(service, tables.VotesOuverts)
{
    private const string Partition = "ouverts";

    public Task AjouterAsync(ScrutinId id, DateTimeOffset echeance, CancellationToken cancellationToken) =>
        EcraserAsync(new VoteOuvertEntity { PartitionKey = Partition, RowKey = Cle(id, echeance), Scrutin = id.ToString() }, cancellationToken);

    public Task RetirerAsync(ScrutinId id, DateTimeOffset echeance, CancellationToken cancellationToken) =>
        SupprimerAsync(Partition, Cle(id, echeance), cancellationToken);

    /// <summary>The open votes whose deadline is before <paramref name="avant"/> (past it: to close; soon: to remind).</summary>
    public async Task<IReadOnlyList<ScrutinId>> EcheantAvantAsync(DateTimeOffset avant, CancellationToken cancellationToken)
    {
        var borne = avant.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        var echus = new List<ScrutinId>();
        await foreach (var vote in Table.QueryAsync<VoteOuvertEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {borne}"), cancellationToken: cancellationToken))
        {
            echus.Add(new ScrutinId(Guid.ParseExact(vote.Scrutin, "N")));
        }

        return echus;
    }

    private static string Cle(ScrutinId id, DateTimeOffset echeance) =>
        string.Create(CultureInfo.InvariantCulture, $"{echeance.UtcTicks:D19}-{id}");
}
