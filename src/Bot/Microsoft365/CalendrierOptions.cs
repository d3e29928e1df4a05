namespace TeamsConventions.Bot.Microsoft365;

/// <summary>Section <c>Evaluations</c>: the calendar where evaluation meetings are organised. Always said: there is no silent default.</summary>
public sealed class CalendrierOptions
{
    public const string SectionName = "Evaluations";
    public const string Outlook = "Outlook";
    public const string DossierLocal = "DossierLocal";

    /// <summary><c>Outlook</c> (the secretariat's calendar through Microsoft Graph), or <c>DossierLocal</c>, <c>.ics</c> files in a folder: a local stand-in refused in Production.</summary>
    public string? Calendrier { get; set; }

    /// <summary>The mailbox that organises the meetings (the secretariat's): its address or Entra object id.</summary>
    public string? Organisateur { get; set; }

    /// <summary>For <c>DossierLocal</c>: the folder, relative to the content root or absolute.</summary>
    public string? Dossier { get; set; }
}
