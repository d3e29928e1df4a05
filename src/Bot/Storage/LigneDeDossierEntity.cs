namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Rows of a dossier's partition: <c>racine</c> (state, version), <c>editeur-{objectId}</c>, <c>champ-{id}</c> (one
/// row per filled field, so that co-editors of different fields never touch the same row), <c>audit-…</c>.
/// </summary>
public sealed class LigneDeDossierEntity : LigneDAgregatEntity
{
    public string? Appel { get; set; }

    public string? Type { get; set; }

    public string? Auteur { get; set; }

    public string? Etat { get; set; }

    public int? Version { get; set; }

    public string? Commentaire { get; set; }

    public bool? AvisFavorable { get; set; }

    public string? Motif { get; set; }

    public string? Champ { get; set; }

    public string? Valeur { get; set; }
}
