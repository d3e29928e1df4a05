using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// What a dossier card's buttons carry back, besides the inputs (whose ids are the fields' keys, never starting
/// with "_"). It names the dossier, the step and the move; <see cref="Vues"/> holds the hash of each value the card
/// showed, so that a save can tell a co-editor's change from its own.
/// </summary>
public sealed record DonneesDeDossier
{
    [JsonPropertyName("_dossier")]
    public string? Dossier { get; init; }

    /// <summary>A convention's draft, where the card edits one instead of a dossier.</summary>
    [JsonPropertyName("_projet")]
    public string? Projet { get; init; }

    /// <summary>The kind a new convention's draft is of.</summary>
    [JsonPropertyName("_type")]
    public string? Type { get; init; }

    [JsonPropertyName("_appel")]
    public string? Appel { get; init; }

    [JsonPropertyName("_etape")]
    public string? Etape { get; init; }

    [JsonPropertyName("_aller")]
    public string? Aller { get; init; }

    [JsonPropertyName("_vers")]
    public string? Vers { get; init; }

    [JsonPropertyName("_tableau")]
    public string? Tableau { get; init; }

    [JsonPropertyName("_ligne")]
    public string? Ligne { get; init; }

    [JsonPropertyName("_version")]
    public int? Version { get; init; }

    [JsonPropertyName("_decision")]
    public string? Decision { get; init; }

    [JsonPropertyName("_vues")]
    public IReadOnlyDictionary<string, string>? Vues { get; init; }
}

/// <summary>The moves of a dossier card (<see cref="DonneesDeDossier.Aller"/>).</summary>
public static class Deplacements
{
    public const string Suivante = "suivante";
    public const string Precedente = "precedente";
    public const string Enregistrer = "enregistrer";
    public const string Etape = "etape";
    public const string Recapitulatif = "recapitulatif";
    public const string AjouterLigne = "ajouterLigne";
    public const string ModifierLigne = "modifierLigne";
    public const string SupprimerLigne = "supprimerLigne";
    public const string EnregistrerLigne = "enregistrerLigne";

    /// <summary>A convention's draft: start one of a kind, add a co-drafter, draw it up.</summary>
    public const string Commencer = "commencer";
    public const string AjouterRedacteur = "ajouterRedacteur";
    public const string Rediger = "rediger";
}

/// <summary>The analysts' decisions on a submitted dossier (<see cref="DonneesDeDossier.Decision"/>).</summary>
public static class DecisionsDAnalyse
{
    public const string Renvoyer = "renvoyer";
    public const string Transmettre = "transmettre";
    public const string ChampCommentaire = "commentaire";
}
