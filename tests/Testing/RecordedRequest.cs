using System.Text.Json;

namespace TeamsConventions.Testing;

/// <summary>A call the bot made to the fake connector.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization, string Body, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The first Adaptive Card attached to the activity sent.</summary>
    public JsonElement Carte => Json.GetProperty("attachments")[0].GetProperty("content");

    public string TexteDeLaCarte => string.Join("\n", Textes(Carte));

    public override string ToString() => $"{Method} {Path}";

    private static IEnumerable<string> Textes(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Value.ValueKind == JsonValueKind.String && p.Name is "text" or "title" or "value" ? [p.Value.GetString()!] : Textes(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Textes),
        _ => [],
    };
}
