namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Rows of a vote's partition: <c>racine</c> (the item, the rules copied from the statutes at opening, the state,
/// a secret vote's key wrapped while it is open, and once closed the counts), <c>electeur-{objectId}</c>, <c>recuse-{objectId}</c>, each member's own ballot
/// rows <c>participation-{objectId}</c> and, for a public vote, <c>choix-{objectId}</c> (a secret vote's ballot
/// is sealed on the participation row while it is open, and erased at the close), <c>compte-{objectId}</c> (the ballots counted at the close), <c>carte</c> (where the vote was posted in Teams), <c>audit-…</c>.
/// </summary>
public sealed class LigneDeScrutinEntity : LigneDAgregatEntity
{
    public string? Comite { get; set; }

    public string? Nature { get; set; }

    public string? Reference { get; set; }

    public string? Intitule { get; set; }

    public string? BceDuDemandeur { get; set; }

    public string? Document { get; set; }

    public double? Quorum { get; set; }

    public bool? VoixPreponderante { get; set; }

    public string? PariteCotes { get; set; }

    public double? PariteMinimale { get; set; }

    public bool? Secret { get; set; }

    public DateTimeOffset? Echeance { get; set; }

    public string? President { get; set; }

    public byte[]? Sel { get; set; }

    public string? Etat { get; set; }

    public DateTimeOffset? ClosLe { get; set; }

    public int? Pour { get; set; }

    public int? Contre { get; set; }

    public int? Abstention { get; set; }

    public string? Decision { get; set; }

    public bool? VoixPreponderanteUtilisee { get; set; }

    public string? Nom { get; set; }

    public string? Cote { get; set; }

    public string? Organisation { get; set; }

    public string? BceDeLOrganisation { get; set; }

    public string? Choix { get; set; }

    /// <summary>On a secret vote's <c>participation-…</c> row while it is open: the member's ballot, sealed with the vote's key.</summary>
    public byte[]? Bulletin { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ConversationId { get; set; }

    public string? ActivityId { get; set; }

    /// <summary>On the <c>carte</c> row: the Teams ids (29:…) of the voters who get a personal view, one per line.</summary>
    public string? Destinataires { get; set; }
}
