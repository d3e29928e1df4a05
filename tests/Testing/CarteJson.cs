using System.Text.Json;

namespace TeamsConventions.Testing;

/// <summary>The words of an Adaptive Card as a person reads them (texts, titles, labels, values), one per line.</summary>
public static class CarteJson
{
    public static string Texte(JsonElement carte) => string.Join("\n", Textes(carte));

    private static IEnumerable<string> Textes(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Value.ValueKind == JsonValueKind.String && p.Name is "text" or "title" or "value" or "label" ? [p.Value.GetString()!] : Textes(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Textes),
        _ => [],
    };
}
