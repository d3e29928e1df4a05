using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>Answer of send / reply / update: the id of the message in the conversation.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>Body of <c>POST /v3/conversations</c> (1:1 with a user, or a new thread in a channel).</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TenantId { get; init; }

    public Activity? Activity { get; init; }

    public JsonElement? ChannelData { get; init; }

    public static ConversationParameters UnAUn(string userId, string tenantId, string? botId) => new()
    {
        IsGroup = false,
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        Bot = botId is null ? null : new ChannelAccount { Id = botId },
    };

    public static ConversationParameters FilDansCanal(string channelId, string tenantId, Activity premierMessage) => new()
    {
        IsGroup = true,
        TenantId = tenantId,
        Activity = premierMessage,
        ChannelData = JsonSerializer.SerializeToElement(new { channel = new { id = channelId } }),
    };
}

public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

public sealed class PagedMembersResult
{
    public IReadOnlyList<TeamsMember> Members { get; init; } = [];

    public string? ContinuationToken { get; init; }
}

/// <summary>A member as the connector returns it (e-mail and UPN are no longer filled in by Teams).</summary>
public sealed class TeamsMember
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? TenantId { get; init; }

    public string? UserRole { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>Answer of <c>GET /v3/teams/{teamId}</c>.</summary>
public sealed record TeamDetails(string? Id, string? Name, string? AadGroupId);
