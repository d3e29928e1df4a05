using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Teams.Schema;

public sealed class ConversationAccount
{
    public const string Personal = "personal";
    public const string Channel = "channel";
    public const string GroupChat = "groupChat";

    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
