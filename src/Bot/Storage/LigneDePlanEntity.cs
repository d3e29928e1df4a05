namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Rows of an action plan's partition: <c>racine</c> (committee, year, state, version), <c>action-{id}</c> (one row
/// per action: its fields as JSON, its owner and where it stands), <c>audit-…</c>; and the index rows of partitions
/// <c>comite-{id}</c> (a committee's plans) and <c>a-valider</c> and <c>valides</c> (the plans awaiting their validation, the plans of record).
/// </summary>
public sealed class LigneDePlanEntity : LigneDAgregatEntity
{
    public string? Type { get; set; }

    public string? Comite { get; set; }

    public int? Annee { get; set; }

    public bool? Revision { get; set; }

    public string? Etat { get; set; }

    public int? Version { get; set; }

    public string? Motif { get; set; }

    public string? Champs { get; set; }

    public string? Responsable { get; set; }

    public string? EtatDeLAction { get; set; }

    public string? MiseAJour { get; set; }

    public string? Note { get; set; }
}
