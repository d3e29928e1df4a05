using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Teams.Schema;

/// <summary>JSON settings of the Bot Framework wire format: camelCase, nulls left out (the connector rejects <c>"text": null</c>).</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Creer();

    private static JsonSerializerOptions Creer()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = false,
            MaxDepth = 64,

            // Accented French stays one or two bytes instead of six (\u00E9): cards must fit in Teams' 28 KB.
            // Safe here: this JSON is never embedded in HTML.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
