namespace TeamsConventions.Bot.Microsoft365;

/// <summary>Section <c>Graph</c>: where Microsoft Graph is and the scope of the bot's token for it (filing, mail, installing the app).</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Microsoft Graph's address (a national cloud's, or a fake's in tests).</summary>
    public Uri Adresse { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The scope of the bot's Graph token (a national cloud's own).</summary>
    public string Portee { get; set; } = "https://graph.microsoft.com/.default";
}
