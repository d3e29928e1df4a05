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
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
