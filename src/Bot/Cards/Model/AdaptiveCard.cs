using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards.Model;

/// <summary>An Adaptive Card 1.5 (the highest version Teams renders). Built in code, serialised with System.Text.Json.</summary>
public sealed class AdaptiveCard
{
    public const string Version15 = "1.5";

    [JsonPropertyName("type")]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version { get; init; } = Version15;

    public IList<CardElement> Body { get; init; } = [];

    public IList<CardAction>? Actions { get; init; }

    public CardRefresh? Refresh { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; } = new();
}

public sealed class TeamsCardOptions
{
    public string Width { get; init; } = "Full";
}

/// <summary>Per-user views: who gets an automatic refresh (at most 60 ids), and the action Teams invokes for it.</summary>
public sealed class CardRefresh
{
    public const int MaxUserIds = 60;

    /// <remarks>Declared as the base type so that its "type" discriminator is written.</remarks>
    public required CardAction Action { get; init; }

    public IList<string> UserIds { get; init; } = [];
}
