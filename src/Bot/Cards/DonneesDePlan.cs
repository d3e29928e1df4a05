using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards;

/// <summary>What an action plan card's buttons carry back, besides the inputs (whose ids are the action's fields).</summary>
public sealed record DonneesDePlan
{
    [JsonPropertyName("_plan")]
    public string? Plan { get; init; }

    [JsonPropertyName("_aller")]
    public string? Aller { get; init; }

    [JsonPropertyName("_ligne")]
    public string? Ligne { get; init; }

    /// <summary>The hash of each value the card showed, so that a save can tell another drafter's change from its own.</summary>
    [JsonPropertyName("_vues")]
    public IReadOnlyDictionary<string, string>? Vues { get; init; }
}

/// <summary>The moves of an action plan card (<see cref="DonneesDePlan.Aller"/>).</summary>
public static class DeplacementsDuPlan
{
    public const string Voir = "voir";
    public const string Ajouter = "ajouter";
    public const string Modifier = "modifier";
    public const string Enregistrer = "enregistrer";
    public const string Inscrire = "inscrire";
    public const string Suivre = "suivre";
}
