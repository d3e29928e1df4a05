using System.Globalization;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>
/// The outbox on Azure Tables. Depositing is idempotent by key: a notification already waiting or already done
/// is not deposited again. Only the lease-holding worker reads and updates waiting rows.
/// </summary>
public sealed class Envois(TableServiceClient service, TableNames tables) : TableRepository<EnvoiEntity>(service, tables.Envois)
{
    private const string AFaire = "a-faire";
    private const string Fait = "fait";

    /// <summary>False when that notification was already deposited (waiting or done).</summary>
    public async Task<bool> DeposerAsync(EnvoiEntity envoi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envoi);
        if (await LireAsync(Fait, envoi.RowKey, cancellationToken) is not null)
        {
            return false;
        }

        envoi.PartitionKey = AFaire;
        return await AjouterAsync(envoi, cancellationToken);
    }

    /// <summary>The waiting notifications whose time has come (and those waiting for a channel, when one was just learned), oldest first, at most <paramref name="maximum"/>.</summary>
    public async Task<IReadOnlyList<EnvoiEntity>> DusAsync(DateTimeOffset maintenant, int maximum, bool avecCeuxQuiAttendentLeurDestination, CancellationToken cancellationToken)
    {
        var filtre = avecCeuxQuiAttendentLeurDestination
            ? TableClient.CreateQueryFilter($"PartitionKey eq {AFaire} and (Prochaine le {maintenant} or EnAttenteDeLaDestination eq {true})")
            : TableClient.CreateQueryFilter($"PartitionKey eq {AFaire} and Prochaine le {maintenant}");
        var dus = new List<EnvoiEntity>();
        await foreach (var envoi in Table.QueryAsync<EnvoiEntity>(filtre, cancellationToken: cancellationToken))
        {
            dus.Add(envoi);
        }

        return [.. dus.OrderBy(e => e.Prochaine).Take(maximum)];
    }

    /// <summary>Delivered or given up: kept under <c>fait</c> (so that it is never deposited again), no longer waiting.</summary>
    public async Task TerminerAsync(EnvoiEntity envoi, string issue, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envoi);
        await EcraserAsync(new EnvoiEntity
        {
            PartitionKey = Fait, RowKey = envoi.RowKey, Routage = envoi.Routage, Objet = envoi.Objet, DeposeLe = envoi.DeposeLe, Prochaine = maintenant,
            Tentatives = envoi.Tentatives, DerniereErreur = envoi.DerniereErreur, Issue = issue,
        }, cancellationToken);
        await SupprimerAsync(AFaire, envoi.RowKey, cancellationToken);
    }

    /// <summary>Tried again later; false when another worker changed it meanwhile (it is theirs now).</summary>
    public async Task<bool> ReporterAsync(EnvoiEntity envoi, CancellationToken cancellationToken)
    {
        try
        {
            await RemplacerAsync(envoi, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    /// <summary>What became of a notification, for tests and the secretariat: null while it waits or if unknown.</summary>
    public async Task<string?> IssueAsync(string cle, CancellationToken cancellationToken) =>
        (await LireAsync(Fait, cle, cancellationToken))?.Issue;

    public async Task<EnvoiEntity?> EnAttenteAsync(string cle, CancellationToken cancellationToken) =>
        await LireAsync(AFaire, cle, cancellationToken);

    public static string Cle(string motif) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(motif)))[..40].ToLower(CultureInfo.InvariantCulture);
}
