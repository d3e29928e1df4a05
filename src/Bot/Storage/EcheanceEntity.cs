using Azure;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>Something due on a day: PK = the day (yyyyMMdd), RK = convention id + nature. Reading a day reads only what is due that day.</summary>
public sealed class EcheanceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Convention { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Nature { get; set; } = string.Empty;
}
