namespace TeamsConventions.Bot.Microsoft365;

/// <summary>Section <c>Installation</c>: installing the bot's Teams app for a person who never opened it, so that it can write to them.</summary>
public sealed class InstallationOptions
{
    public const string SectionName = "Installation";

    /// <summary>The app's id in the organisation's Teams catalogue; unset, people who never opened the app are reported to whoever must reach them.</summary>
    public string? IdDansLeCatalogue { get; set; }
}
