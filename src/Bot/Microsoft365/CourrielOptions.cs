namespace TeamsConventions.Bot.Microsoft365;

/// <summary>Section <c>Courriel</c>: how e-mails leave (signing links and codes for people Teams cannot reach). Always said: there is no silent default.</summary>
public sealed class CourrielOptions
{
    public const string SectionName = "Courriel";
    public const string Graph = "Graph";
    public const string DossierLocal = "DossierLocal";

    /// <summary><c>Graph</c> (the organisation's mailbox through Microsoft Graph), or <c>DossierLocal</c>, <c>.eml</c> files in a folder: a local stand-in refused in Production.</summary>
    public string? Envoi { get; set; }

    /// <summary>The mailbox e-mails are sent from (the secretariat's): its address or Entra object id.</summary>
    public string? Expediteur { get; set; }

    /// <summary>For <c>DossierLocal</c>: the folder, relative to the content root or absolute.</summary>
    public string? Dossier { get; set; }
}
