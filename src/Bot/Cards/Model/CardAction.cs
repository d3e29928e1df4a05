using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionExecute), "Action.Execute")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
public abstract class CardAction
{
    public required string Title { get; init; }

    public ActionStyle? Style { get; init; }
}

/// <summary>
/// A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and <see cref="Data"/>.
/// <see cref="Data"/> only names what the user acted on; identity and state are never taken from it.
/// </summary>
public sealed class ActionExecute : CardAction
{
    public required string Verb { get; init; }

    public object? Data { get; init; }
}

public sealed class ActionOpenUrl : CardAction
{
    public required Uri Url { get; init; }
}
