using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputDate), "Input.Date")]
[JsonDerivedType(typeof(InputTime), "Input.Time")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
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

/// <summary>A drop-down (compact) or list of choices; its value comes back in the action's data under <see cref="CardElement.Id"/>.</summary>
public sealed class InputChoiceSet(IList<Choice> choices) : CardElement
{
    public IList<Choice> Choices { get; } = choices;

    public string? Label { get; init; }

    public string? Value { get; init; }

    /// <summary><c>expanded</c> for radio buttons or check boxes; null is Adaptive Cards' default, a drop-down.</summary>
    public string? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>Teams' people picker: the choices come from the organisation's directory, the value is the person's Entra object id.</summary>
    [JsonPropertyName("choices.data")]
    public DataQuery? ChoicesData { get; init; }
}

/// <summary>Where a choice set looks its choices up as the person types (Teams: <c>graph.microsoft.com/users</c>).</summary>
public sealed class DataQuery(string dataset)
{
    public string Type => "Data.Query";

    public string Dataset { get; } = dataset;

    /// <summary>The whole organisation's people.</summary>
    public static DataQuery Personnes => new("graph.microsoft.com/users");
}

/// <summary>A text input; its value comes back in the action's data under <see cref="CardElement.Id"/>.</summary>
public sealed class InputText : CardElement
{
    public string? Label { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }
}

/// <summary>A check box; its value comes back as <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed class InputToggle(string title) : CardElement
{
    public string Title { get; } = title;

    public string? Value { get; init; }

    public string ValueOn { get; init; } = "true";

    public string ValueOff { get; init; } = "false";
}

/// <summary>A date picker; its value comes back as yyyy-MM-dd.</summary>
public sealed class InputDate : CardElement
{
    public string? Label { get; init; }

    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}

/// <summary>A time picker; its value comes back as HH:mm.</summary>
public sealed class InputTime : CardElement
{
    public string? Label { get; init; }

    public string? Value { get; init; }
}

public sealed record Choice(string Title, string Value);
