using System.Globalization;
using System.Resources;
using Conventions.Calendrier;
using Conventions.Erreurs;

[assembly: NeutralResourcesLanguage("fr-BE")]

namespace TeamsConventions.Bot.Resources;

/// <summary>The strings a person reads, in one language: French (fr-BE) first, English for English-speaking clients.</summary>
public sealed class Textes
{
    private static readonly ResourceManager Ressources = new("TeamsConventions.Bot.Resources.Textes", typeof(Textes).Assembly);

    public static readonly Textes Francais = new(CultureInfo.GetCultureInfo("fr-BE"));
    public static readonly Textes Anglais = new(CultureInfo.GetCultureInfo("en"));

    private Textes(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public bool EstAnglais => Culture.TwoLetterISOLanguageName == "en";

    public string this[string cle] =>
        Ressources.GetString(cle, Culture) ?? throw new KeyNotFoundException($"Missing text '{cle}' ({Culture.Name}).");

    public string Format(string cle, params object[] valeurs) => string.Format(Culture, this[cle], valeurs);

    /// <summary>
    /// The singular or plural text for <paramref name="nombre"/>, which is its <c>{0}</c> (the other values follow):
    /// French takes the singular for 0 and 1 ("0 invité", "1 invité"), English for 1 only ("0 guests", "1 guest").
    /// </summary>
    public string Nombre(string cleSingulier, string clePluriel, int nombre, params object[] autres)
    {
        var singulier = EstAnglais ? nombre == 1 : nombre is 0 or 1;
        return string.Format(Culture, this[singulier ? cleSingulier : clePluriel], [nombre, .. autres]);
    }

    /// <summary>What a broken domain rule means, and what to fix, in this language.</summary>
    public string Erreur(RegleMetierException erreur)
    {
        ArgumentNullException.ThrowIfNull(erreur);
        var modele = Ressources.GetString("ErreurMetier." + erreur.Code, Culture) ?? this[CleTexte.ErreurInattendue];
        return string.Format(Culture, modele, [.. erreur.Arguments.Select(Afficher)]);
    }

    /// <summary>
    /// The organisation's fixed language when <paramref name="langueImposee"/> is <c>fr-BE</c> or <c>en</c>;
    /// with <c>auto</c>, English when the client says so (activity or clientInfo locale), French otherwise.
    /// </summary>
    public static Textes Choisir(string langueImposee, string? localeDuClient) => langueImposee switch
    {
        "fr-BE" => Francais,
        "en" => Anglais,
        _ => localeDuClient is not null && localeDuClient.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Anglais : Francais,
    };

    private object Afficher(object valeur) => valeur switch
    {
        DateOnly jour => jour.ToString("d MMMM yyyy", Culture),
        DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, Bruxelles.Fuseau).ToString("d MMMM yyyy HH:mm", Culture),
        Conventions.Dossiers.EtatDuDossier etat => this["Etat." + etat],
        Enum valeurEnum => valeurEnum.ToString(),
        _ => valeur,
    };

    /// <summary>Both languages, French first, for messages read by whoever looks at a technical answer.</summary>
    public static string Bilingue(string cle, params object[] valeurs) =>
        $"{Francais.Format(cle, valeurs)} / {Anglais.Format(cle, valeurs)}";
}
