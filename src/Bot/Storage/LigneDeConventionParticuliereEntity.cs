namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Rows of a particular convention's partition: <c>racine</c> (its form, committee, state, version, fields as JSON),
/// <c>audit-…</c>; and the index rows of partitions <c>comite-{id}</c> (a committee's) and <c>a-valider</c>.
/// </summary>
public sealed class LigneDeConventionParticuliereEntity : LigneDAgregatEntity
{
    public string? Type { get; set; }

    public string? Comite { get; set; }

    public string? Etat { get; set; }

    public int? Version { get; set; }

    public string? Motif { get; set; }

    public string? Champs { get; set; }
}
