using Azure;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>
/// How to reach a member (PK <c>membre:{objectId}</c>, RK <c>utilisateur</c>) or a team channel
/// (PK <c>equipe:{teamId}</c>, RK the channel id). Null properties are left untouched by a merge.
/// </summary>
public sealed class ReferenceConversationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? ServiceUrl { get; set; }

    public string? TenantId { get; set; }

    public string? BotId { get; set; }

    public string? UserId { get; set; }

    /// <summary>The member's display name as Teams last sent it (to name co-editors).</summary>
    public string? Nom { get; set; }

    public string? Locale { get; set; }

    public string? PersonalConversationId { get; set; }

    public string? ChannelId { get; set; }

    public string? ChannelName { get; set; }

    public string? TeamName { get; set; }
}
