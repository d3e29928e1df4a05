using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards;

/// <summary>What a particular convention card's buttons carry back, besides the inputs (whose ids are its fields).</summary>
public sealed record DonneesDeConventionParticuliere
{
    [JsonPropertyName("_convention")]
    public string? Convention { get; init; }

    [JsonPropertyName("_aller")]
    public string? Aller { get; init; }

    /// <summary>The hash of each value the card showed, so that a save can tell another drafter's change from its own.</summary>
    [JsonPropertyName("_vues")]
    public IReadOnlyDictionary<string, string>? Vues { get; init; }
}

/// <summary>The moves of a particular convention card (<see cref="DonneesDeConventionParticuliere.Aller"/>).</summary>
public static class DeplacementsDeLaConventionParticuliere
{
    public const string Nouvelle = "nouvelle";
    public const string Voir = "voir";
    public const string Enregistrer = "enregistrer";
    public const string Inscrire = "inscrire";
}
