using Azure;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>One item a member follows. PK = member object id, RK = nature + ':' + escaped reference.</summary>
public sealed class ElementSuiviEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Nature { get; set; } = string.Empty;

    public string Reference { get; set; } = string.Empty;

    public string Intitule { get; set; } = string.Empty;

    public string Etat { get; set; } = string.Empty;

    public DateTimeOffset? Echeance { get; set; }

    public int? Avancement { get; set; }
}
