using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>A row of an aggregate's partition that can also hold an audit entry (rows <c>audit-…</c>, added once, never updated).</summary>
public interface ILigneDAgregat : ITableEntity
{
    /// <summary>On the root row: how many audit entries the aggregate has, which numbers the next ones.</summary>
    int? Journal { get; set; }

    DateTimeOffset? Le { get; set; }

    string? Acteur { get; set; }

    string? Action { get; set; }

    string? Objet { get; set; }

    string? Details { get; set; }

    string? Empreinte { get; set; }
}
