using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Teams.Schema;

/// <summary>A user or bot in a conversation: <c>29:</c> / <c>28:</c> id, display name and Entra object id.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
