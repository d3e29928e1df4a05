namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Rows of a vote's partition: <c>racine</c> (the item, the rules copied from the statutes at opening, the close),
/// <c>electeur-{objectId}</c>, <c>recuse-{objectId}</c>, <c>participation-{objectId}</c>, <c>choix-{key}</c>
/// (key = the member, or an unlinkable hash when the vote is secret), <c>audit-…</c>.
/// </summary>
public sealed class LigneDeScrutinEntity : LigneDAgregatEntity
{
    public string? Comite { get; set; }

    public string? Nature { get; set; }

    public string? Reference { get; set; }

    public string? Intitule { get; set; }

    public string? Demandeur { get; set; }

    public double? Quorum { get; set; }

    public bool? VoixPreponderante { get; set; }

    public string? PariteCotes { get; set; }

    public double? PariteMinimale { get; set; }

    public bool? Secret { get; set; }

    public DateTimeOffset? Echeance { get; set; }

    public string? President { get; set; }

    public byte[]? Sel { get; set; }

    public DateTimeOffset? ClosLe { get; set; }

    public string? Nom { get; set; }

    public string? Cote { get; set; }

    public string? Organisation { get; set; }

    public string? Choix { get; set; }
}
