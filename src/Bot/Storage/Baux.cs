using Azure;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>A lease row: PK = the job, RK = "bail"; who holds it and until when.</summary>
public sealed class BailEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Titulaire { get; set; }

    public DateTimeOffset? Jusqua { get; set; }
}

/// <summary>
/// Leases for background jobs shared by several bot instances: taking one is an ETag-conditional write, so only
/// one instance runs a job at a time; an expired lease can be taken over.
/// </summary>
public sealed class Baux(TableServiceClient service, TableNames tables, TimeProvider timeProvider) : TableRepository<BailEntity>(service, tables.Baux)
{
    public async Task<bool> PrendreAsync(string travail, string titulaire, TimeSpan duree, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        var bail = await LireAsync(travail, "bail", cancellationToken);
        if (bail is null)
        {
            return await AjouterAsync(new BailEntity { PartitionKey = travail, RowKey = "bail", Titulaire = titulaire, Jusqua = maintenant + duree }, cancellationToken);
        }

        if (bail.Titulaire != titulaire && bail.Jusqua > maintenant)
        {
            return false;
        }

        bail.Titulaire = titulaire;
        bail.Jusqua = maintenant + duree;
        try
        {
            await RemplacerAsync(bail, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    /// <summary>Gives the lease back after a round, so that whichever instance is woken next can act at once.</summary>
    public async Task LibererAsync(string travail, string titulaire, CancellationToken cancellationToken)
    {
        if (await LireAsync(travail, "bail", cancellationToken) is not { } bail || bail.Titulaire != titulaire)
        {
            return;
        }

        bail.Jusqua = timeProvider.GetUtcNow();
        try
        {
            await RemplacerAsync(bail, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Taken over meanwhile: it is no longer ours to give back.
        }
    }
}
