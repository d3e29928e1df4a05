namespace TeamsConventions.Bot.Storage;

/// <summary>Rows of a committee's partition: <c>racine</c>, <c>membre-{objectId}</c>, <c>mandat-{yyyyMMdd}</c>, <c>audit-…</c>.</summary>
public sealed class LigneDeComiteEntity : LigneDAgregatEntity
{
    public string? Statuts { get; set; }

    public string? Nom { get; set; }

    public string? Cote { get; set; }

    public string? Organisation { get; set; }

    public string? BceDeLOrganisation { get; set; }

    public bool? Invite { get; set; }

    public string? President { get; set; }

    public string? VicePresident { get; set; }

    public string? Debut { get; set; }

    public string? Fin { get; set; }
}
