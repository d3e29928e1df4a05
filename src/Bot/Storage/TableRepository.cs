using Azure;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Base of every repository: storage entities only (the domain never sees <see cref="ITableEntity"/>),
/// limits checked before each write, ETag-conditional updates, single-partition transactions.
/// </summary>
public abstract class TableRepository<TEntity>(TableServiceClient service, string table)
    where TEntity : class, ITableEntity, new()
{
    protected TableClient Table { get; } = service.GetTableClient(table);

    protected async Task<TEntity?> LireAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var reponse = await Table.GetEntityIfExistsAsync<TEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return reponse.HasValue ? reponse.Value : null;
    }

    protected async IAsyncEnumerable<TEntity> PartitionAsync(string partitionKey, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entite in Table.QueryAsync<TEntity>(e => e.PartitionKey == partitionKey, cancellationToken: cancellationToken))
        {
            yield return entite;
        }
    }

    /// <summary>Inserts; false when an entity with these keys already exists (409).</summary>
    protected async Task<bool> AjouterAsync(TEntity entite, CancellationToken cancellationToken)
    {
        StorageLimits.Verifier(entite);
        try
        {
            var reponse = await Table.AddEntityAsync(entite, cancellationToken);
            entite.ETag = reponse.Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces the entity only if nobody changed it since it was read (its ETag).</summary>
    protected async Task RemplacerAsync(TEntity entite, CancellationToken cancellationToken)
    {
        StorageLimits.Verifier(entite);
        try
        {
            var reponse = await Table.UpdateEntityAsync(entite, entite.ETag, TableUpdateMode.Replace, cancellationToken);
            entite.ETag = reponse.Headers.ETag ?? default;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new ConcurrencyConflictException(Table.Name, entite.PartitionKey, entite.RowKey, e);
        }
    }

    /// <summary>Last writer wins, merging: properties left null keep their stored value. For data refreshed from the channel.</summary>
    protected async Task FusionnerAsync(TEntity entite, CancellationToken cancellationToken)
    {
        StorageLimits.Verifier(entite);
        await Table.UpsertEntityAsync(entite, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Last writer wins, replacing the whole row: for rows that only one writer owns.</summary>
    protected async Task EcraserAsync(TEntity entite, CancellationToken cancellationToken)
    {
        StorageLimits.Verifier(entite);
        await Table.UpsertEntityAsync(entite, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Deletes the row; a row already gone is fine (deleting is idempotent).</summary>
    protected async Task SupprimerAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>
    /// One atomic change of one aggregate: same partition, at most 100 operations. A conflict on a conditional
    /// update (412), or on adding an aggregate that already exists when <paramref name="siNouveauDejaExistant"/>
    /// (409), is a <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    protected async Task<IReadOnlyList<Response>> TransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken, bool siNouveauDejaExistant = false)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > StorageLimits.MaxTransactionActions)
        {
            throw new StorageLimitException($"A transaction holds 1 to {StorageLimits.MaxTransactionActions} operations, not {actions.Count}.");
        }

        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new StorageLimitException("A transaction must stay inside one partition.");
        }

        foreach (var action in actions)
        {
            if (action.Entity is TEntity entite)
            {
                StorageLimits.Verifier(entite);
            }
        }

        try
        {
            return (await Table.SubmitTransactionAsync(actions, cancellationToken)).Value;
        }
        catch (TableTransactionFailedException e) when (e.Status == 412 || (siNouveauDejaExistant && e.Status == 409))
        {
            var fautive = actions[e.FailedTransactionActionIndex ?? 0].Entity;
            throw new ConcurrencyConflictException(Table.Name, fautive.PartitionKey, fautive.RowKey, e);
        }
    }
}
