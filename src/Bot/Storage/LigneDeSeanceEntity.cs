namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Rows of a meeting's partition: <c>racine</c> (committee, mode, date, its agenda and the minutes' decisions as
/// JSON, the minutes' notes, state and hash), <c>audit-…</c>; and the index rows of partitions <c>comite-{id}</c>, by date.
/// </summary>
public sealed class LigneDeSeanceEntity : LigneDAgregatEntity
{
    public string? Comite { get; set; }

    public string? Mode { get; set; }

    public DateTimeOffset? Date { get; set; }

    public string? Points { get; set; }

    public string? Decisions { get; set; }

    public string? Notes { get; set; }

    public string? CompteRendu { get; set; }

    public string? Motif { get; set; }
}
