using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Teams.Stockage;

/// <summary>
/// Makes re-delivered activities harmless, across instances: the first delivery inserts a row, a second one
/// finds it (409). The day comes from the activity's own timestamp, identical on every re-delivery.
/// If handling fails the row is removed, so that the channel's retry is handled rather than dropped.
/// </summary>
public sealed class ActivitesRecues(TableServiceClient service, TableNames tables, TimeProvider timeProvider)
    : TableRepository<ActiviteRecueEntity>(service, tables.ActivitesRecues)
{
    public Task<bool> PremiereReceptionAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (partition, ligne) = Cles(activity);
        return AjouterAsync(new ActiviteRecueEntity { PartitionKey = partition, RowKey = ligne, Type = activity.Type }, cancellationToken);
    }

    public Task OublierAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (partition, ligne) = Cles(activity);
        return SupprimerAsync(partition, ligne, cancellationToken);
    }

    private (string Partition, string Ligne) Cles(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var jour = (activity.Timestamp ?? timeProvider.GetUtcNow()).UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var identite = string.Join('\n', activity.ChannelId, activity.Conversation?.Id, activity.Id);
        return (jour, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identite))));
    }
}
