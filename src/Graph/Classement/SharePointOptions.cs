namespace TeamsConventions.Graph.Classement;

/// <summary>Section <c>Classement:SharePoint</c>: the one site and library the bot files in, and its columns' internal names.</summary>
public sealed class SharePointOptions
{
    public const string SectionName = "Classement:SharePoint";

    /// <summary>The site's Graph id (<c>contoso.sharepoint.com,{site-guid},{web-guid}</c>), the one the <c>Sites.Selected</c> grant names.</summary>
    public string SiteId { get; set; } = string.Empty;

    /// <summary>The document library's name as the site shows it (« Conventions signées »).</summary>
    public string Bibliotheque { get; set; } = string.Empty;

    /// <summary>Above this size a document goes by an upload session, in ranges, rather than in one PUT.</summary>
    public int SeuilDeSessionEnOctets { get; set; } = 4 * 1024 * 1024;

    /// <summary>The size of each range of an upload session: a multiple of 320 KiB, as SharePoint requires.</summary>
    public int TailleDesTranchesEnOctets { get; set; } = 10 * MultipleDesTranches;

    /// <summary>SharePoint's unit for an upload session's ranges (320 KiB).</summary>
    public const int MultipleDesTranches = 320 * 1024;

    /// <summary>The library's columns by their internal names (case-sensitive, as SharePoint gives them).</summary>
    public ColonnesDeClassement Colonnes { get; set; } = new();
}

/// <summary>Internal names of the library's columns, one per recorded value.</summary>
public sealed class ColonnesDeClassement
{
    public string Convention { get; set; } = "ConventionId";

    public string Type { get; set; } = "TypeDeConvention";

    public string Parties { get; set; } = "Parties";

    public string SigneeLe { get; set; } = "SigneeLe";

    public string Statut { get; set; } = "Statut";

    public string Decision { get; set; } = "Decision";

    public string Empreinte { get; set; } = "Sha256";
}
