namespace TeamsConventions.Bot.Classement;

/// <summary>Section <c>Classement</c>: where signed documents are filed. Always said: there is no silent default.</summary>
public sealed class ClassementOptions
{
    public const string SectionName = "Classement";
    public const string SharePoint = "SharePoint";
    public const string DossierLocal = "DossierLocal";

    /// <summary><c>SharePoint</c> (the organisation's library through Microsoft Graph), or <c>DossierLocal</c>, a local stand-in refused in Production.</summary>
    public string? Bibliotheque { get; set; }

    /// <summary>For <c>DossierLocal</c>: the folder, relative to the content root or absolute.</summary>
    public string? Dossier { get; set; }
}
