using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Teams.Schema;

/// <summary>The Teams part of <c>channelData</c>: tenant, team, channel and event type.</summary>
public sealed class TeamsChannelData
{
    public TeamsReference? Tenant { get; set; }

    public TeamsReference? Team { get; set; }

    public TeamsReference? Channel { get; set; }

    public string? EventType { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class TeamsReference
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadGroupId { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
