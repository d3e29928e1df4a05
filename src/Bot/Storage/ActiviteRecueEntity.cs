using Azure;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>An activity already handled. PK = its day (yyyyMMdd, for clean-up by day), RK = hash of channel, conversation and id.</summary>
public sealed class ActiviteRecueEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Type { get; set; }
}
