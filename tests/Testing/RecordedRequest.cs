using System.Text.Json;

namespace TeamsConventions.Testing;

/// <summary>A call the bot made to the fake connector.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization, string Body, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The first Adaptive Card attached to the activity sent.</summary>
    public JsonElement Carte => Json.GetProperty("attachments")[0].GetProperty("content");

    public string TexteDeLaCarte => CarteJson.Texte(Carte);

    public override string ToString() => $"{Method} {Path}";
}
