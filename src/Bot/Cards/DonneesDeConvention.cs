using System.Text.Json.Serialization;

namespace TeamsConventions.Bot.Cards;

/// <summary>What a convention card's buttons carry back, besides the inputs; who presses is never read from here.</summary>
public sealed record DonneesDeConvention
{
    [JsonPropertyName("_convention")]
    public string? Convention { get; init; }

    [JsonPropertyName("_aller")]
    public string? Aller { get; init; }

    [JsonPropertyName("_partie")]
    public string? Partie { get; init; }

    [JsonPropertyName("_fonction")]
    public string? Fonction { get; init; }

    /// <summary>The amendment the card is about, by its version.</summary>
    [JsonPropertyName("_version")]
    public int? Version { get; init; }

    /// <summary>The hash of the version the card showed: only that version can be signed from it.</summary>
    [JsonPropertyName("_empreinte")]
    public string? Empreinte { get; init; }
}

/// <summary>The moves of a convention card (<see cref="DonneesDeConvention.Aller"/>) and its inputs.</summary>
public static class DeplacementsDeLaConvention
{
    public const string Voir = "voir";
    public const string Designer = "designer";
    public const string Signer = "signer";
    public const string Refuser = "refuser";
    public const string Corriger = "corriger";
    public const string Avenant = "avenant";
    public const string SignerAvenant = "signerAvenant";
    public const string Dysfonctionnement = "dysfonctionnement";
    public const string Litige = "litige";
    public const string Referents = "referents";
    public const string Beneficiaire = "beneficiaire";
    public const string EffacerBeneficiaire = "effacerBeneficiaire";
    public const string Attestation = "attestation";
    public const string Cosigner = "cosigner";
    public const string LienParCourriel = "lienParCourriel";
    public const string Classer = "classer";

    public const string ChampLieu = "lieu";
    public const string ChampMotif = "motif";
    public const string ChampSignatureParCourriel = "lien-signature";
    public const string ChampAdresse = "lien-adresse";

    public static string ChampSignataire(int rang) => $"signataire-{rang}";

    public static string ChampNom(int rang) => $"nom-{rang}";

    /// <summary>Instead of a person in Teams, the e-mail address of a signatory outside the organisation.</summary>
    public static string ChampCourrielDuSignataire(int rang) => $"courriel-{rang}";

    public const string ChampDebut = "periode-debut";
    public const string ChampFin = "periode-fin";

    /// <summary>The correction's inputs of party <paramref name="rang"/>: its name, company number, referent's name, e-mail and phone.</summary>
    public static string ChampDePartie(string quoi, int rang) => $"partie-{rang}-{quoi}";
}
