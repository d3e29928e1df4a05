using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards;

/// <summary>What the agenda card's buttons carry back, besides the inputs.</summary>
public sealed record DonneesDOrdreDuJour
{
    [JsonPropertyName("_aller")]
    public string? Aller { get; init; }

    /// <summary>The kind of item to put on the agenda (<see cref="Conventions.Votes.NatureDeLObjet"/>).</summary>
    [JsonPropertyName("_nature")]
    public string? Nature { get; init; }

    /// <summary>The item's id, or the meeting's for its minutes.</summary>
    [JsonPropertyName("_ref")]
    public string? Reference { get; init; }
}

/// <summary>The moves of the agenda card (<see cref="DonneesDOrdreDuJour.Aller"/>).</summary>
public static class DeplacementsDeLOrdreDuJour
{
    public const string Planifier = "planifier";
    public const string Inscrire = "inscrire";
    public const string CompteRendu = "compte-rendu";
    public const string EnregistrerCompteRendu = "enregistrer-compte-rendu";

    /// <summary>The inputs of the meeting to plan.</summary>
    public const string ChampDate = "seance-date";
    public const string ChampHeure = "seance-heure";
    public const string ChampMode = "seance-mode";
    public const string ChampNotes = "compte-rendu-notes";
}
