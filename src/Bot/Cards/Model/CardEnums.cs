using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize { Small, Default, Medium, Large, ExtraLarge }

[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight { Lighter, Default, Bolder }

[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }

[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle { Default, Positive, Destructive }
