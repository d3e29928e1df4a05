using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Teams.Schema;

public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public object? Content { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ContentUrl { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    public static Attachment AdaptiveCard(object carte) => new() { ContentType = AdaptiveCardContentType, Content = carte };
}
