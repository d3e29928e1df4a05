using Azure;

namespace TeamsConventions.Bot.Storage;

/// <summary>The columns every aggregate row has: keys, ETag and the audit columns of <c>audit-…</c> rows.</summary>
public abstract class LigneDAgregatEntity : ILigneDAgregat
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int? Journal { get; set; }

    public DateTimeOffset? Le { get; set; }

    public string? Acteur { get; set; }

    public string? Action { get; set; }

    public string? Objet { get; set; }

    public string? Details { get; set; }

    public string? Empreinte { get; set; }
}
