using Azure;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>An invitation to co-edit a dossier: partition <c>invitations</c> of the Dossiers table, one row per code.</summary>
public sealed class InvitationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Dossier { get; set; }

    public string? Inviteur { get; set; }

    public DateTimeOffset? Expiration { get; set; }
}
