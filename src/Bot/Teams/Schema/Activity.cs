using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Teams.Schema;

/// <summary>
/// A Bot Framework activity, in and out. Only the fields we use are typed; anything else the channel sends is
/// kept in <see cref="Extra"/> so that nothing is lost and unknown fields never break parsing.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ReplyToId { get; set; }

    public string? Name { get; set; }

    public string? Action { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public IList<JsonElement>? Entities { get; set; }

    public TeamsChannelData? ChannelData { get; set; }

    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A message from the bot carrying one Adaptive Card.</summary>
    public static Activity CarteAdaptative(object carte) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment.AdaptiveCard(carte)],
    };

    public static Activity Texte(string texte) => new()
    {
        Type = ActivityTypes.Message,
        Text = texte,
        TextFormat = "plain",
    };
}
