using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
public abstract class CardElement
{
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}

public sealed class TextBlock(string text) : CardElement
{
    public string Text { get; } = text;

    public bool Wrap { get; init; } = true;

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }
}

public sealed class FactSet(IList<Fact> facts) : CardElement
{
    public IList<Fact> Facts { get; } = facts;
}

public sealed record Fact(string Title, string Value);

public sealed class Container(IList<CardElement> items) : CardElement
{
    public IList<CardElement> Items { get; } = items;

    public ContainerStyle? Style { get; init; }
}

public sealed class ColumnSet(IList<Column> columns) : CardElement
{
    public IList<Column> Columns { get; } = columns;
}

public sealed class Column(IList<CardElement> items)
{
    [JsonPropertyName("type")]
    public string Type => "Column";

    public IList<CardElement> Items { get; } = items;

    /// <summary><c>auto</c>, <c>stretch</c> or a weight.</summary>
    public string Width { get; init; } = "stretch";
}

public sealed class ActionSet(IList<CardAction> actions) : CardElement
{
    public IList<CardAction> Actions { get; } = actions;
}
