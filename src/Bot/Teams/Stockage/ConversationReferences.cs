using System.Collections.Concurrent;
using Azure.Data.Tables;
using Conventions.Membres;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Teams.Stockage;

/// <summary>
/// Conversation references per member and per team channel, refreshed from every inbound activity (the
/// serviceUrl can change). A message whose reference is unchanged since this instance last wrote it costs no
/// write; installation events always write, so a reinstall seen by another instance is never missed.
/// </summary>
public sealed class ConversationReferences(TableServiceClient service, TableNames tables)
    : TableRepository<ReferenceConversationEntity>(service, tables.ReferencesConversation)
{
    private const string LigneMembre = "utilisateur";
    private readonly ConcurrentDictionary<string, string> _dejaEcrit = new(StringComparer.Ordinal);

    /// <summary>
    /// Refreshes the references the activity carries; true when one that may be new was written: a team channel's,
    /// or any on an installation event (a person the app was just installed for).
    /// </summary>
    public async Task<bool> RafraichirAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var forcer = activity.Type is ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate;
        var nouvelleDestination = false;
        foreach (var entite in EntitesDe(activity))
        {
            var cle = entite.PartitionKey + "|" + entite.RowKey;
            var empreinte = Empreinte(entite);
            if (!forcer && _dejaEcrit.TryGetValue(cle, out var precedente) && precedente == empreinte)
            {
                continue;
            }

            await FusionnerAsync(entite, cancellationToken);
            _dejaEcrit[cle] = empreinte;
            nouvelleDestination |= entite.ChannelId is not null || forcer;
        }

        return nouvelleDestination;
    }

    public async Task<ReferenceMembre?> PourMembreAsync(MembreId membre, CancellationToken cancellationToken)
    {
        var e = await LireAsync(CleMembre(membre), LigneMembre, cancellationToken);
        return e is { UserId: not null, ServiceUrl: not null, TenantId: not null }
            ? new ReferenceMembre(e.UserId, e.ServiceUrl, e.TenantId, e.BotId, e.Locale, e.PersonalConversationId, e.Nom)
            : null;
    }

    public async Task<ReferenceCanal?> PourCanalAsync(string teamId, string channelId, CancellationToken cancellationToken)
    {
        var e = await LireAsync(CleEquipe(teamId), TableKeys.Encoder(channelId), cancellationToken);
        return e is { ServiceUrl: not null, TenantId: not null }
            ? new ReferenceCanal(teamId, channelId, e.ServiceUrl, e.TenantId, e.BotId, e.TeamName, e.ChannelName)
            : null;
    }

    /// <summary>The team's name as Teams last sent it with any of its channels; null if the bot never heard it.</summary>
    public async Task<string?> NomDeLEquipeAsync(string teamId, CancellationToken cancellationToken)
    {
        await foreach (var canal in PartitionAsync(CleEquipe(teamId), cancellationToken))
        {
            if (canal.TeamName is { Length: > 0 } nom)
            {
                return nom;
            }
        }

        return null;
    }

    public async Task RetenirConversationPersonnelleAsync(MembreId membre, string conversationId, CancellationToken cancellationToken) =>
        await FusionnerAsync(new ReferenceConversationEntity { PartitionKey = CleMembre(membre), RowKey = LigneMembre, PersonalConversationId = conversationId }, cancellationToken);

    /// <summary>The app was removed: the member (personal scope) or the whole team can no longer be reached.</summary>
    public async Task OublierAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData?.Team?.Id is { } teamId)
        {
            await foreach (var canal in PartitionAsync(CleEquipe(teamId), cancellationToken))
            {
                await SupprimerAsync(canal.PartitionKey, canal.RowKey, cancellationToken);
                _dejaEcrit.TryRemove(canal.PartitionKey + "|" + canal.RowKey, out _);
            }
        }
        else if (MembreId.EssayerDepuis(activity.From?.AadObjectId, out var membre))
        {
            await SupprimerAsync(CleMembre(membre), LigneMembre, cancellationToken);
            _dejaEcrit.TryRemove(CleMembre(membre) + "|" + LigneMembre, out _);
        }
    }

    private static IEnumerable<ReferenceConversationEntity> EntitesDe(Activity activity)
    {
        var tenantId = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        if (MembreId.EssayerDepuis(activity.From?.AadObjectId, out var membre) && activity.From?.Id is { } userId)
        {
            yield return new ReferenceConversationEntity
            {
                PartitionKey = CleMembre(membre),
                RowKey = LigneMembre,
                ServiceUrl = activity.ServiceUrl,
                TenantId = tenantId,
                BotId = activity.Recipient?.Id,
                UserId = userId,
                Nom = activity.From.Name,
                Locale = activity.LocaleDuClient(),
                PersonalConversationId = activity.Conversation?.ConversationType == ConversationAccount.Personal ? activity.Conversation.Id : null,
            };
        }

        if (activity.ChannelData?.Team?.Id is { } teamId)
        {
            var channelId = activity.ChannelData.Channel?.Id ?? teamId;
            yield return new ReferenceConversationEntity
            {
                PartitionKey = CleEquipe(teamId),
                RowKey = TableKeys.Encoder(channelId),
                ServiceUrl = activity.ServiceUrl,
                TenantId = tenantId,
                BotId = activity.Recipient?.Id,
                ChannelId = channelId,
                ChannelName = activity.ChannelData.Channel?.Name,
                TeamName = activity.ChannelData.Team.Name,
            };
        }
    }

    private static string Empreinte(ReferenceConversationEntity e) =>
        string.Join('\u001f', e.ServiceUrl, e.TenantId, e.BotId, e.UserId, e.Nom, e.Locale, e.PersonalConversationId, e.ChannelName, e.TeamName);

    private static string CleMembre(MembreId membre) => "membre:" + membre;

    private static string CleEquipe(string teamId) => "equipe:" + TableKeys.Encoder(teamId);
}
