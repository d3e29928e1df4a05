using System.Globalization;
using System.Resources;
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

    /// <summary>The text with its values as a person writes them (<see cref="Formats"/>: dates in full, grouped numbers).</summary>
    public string Format(string cle, params object[] valeurs) => string.Format(Culture, this[cle], [.. valeurs.Select(Afficher)]);

    /// <summary>A date in a table or a fact: 31/05/2027.</summary>
    public string Court(DateOnly jour) => Formats.JourCourt(jour);

    /// <summary>An instant in a table or a fact, in Brussels: 31/05/2027 23:59.</summary>
    public string Court(DateTimeOffset instant) => Formats.InstantCourt(instant);

    /// <summary>The time of day in a sentence, in Brussels: « 14 h 05 ».</summary>
    public string Heure(DateTimeOffset instant) => Formats.Heure(instant, Culture);

    /// <summary>
    /// The singular or plural text for <paramref name="nombre"/>, which is its <c>{0}</c> (the other values follow):
    /// French takes the singular for 0 and 1 ("0 invité", "1 invité"), English for 1 only ("0 guests", "1 guest").
    /// </summary>
    public string Nombre(string cleSingulier, string clePluriel, int nombre, params object[] autres)
    {
        var singulier = EstAnglais ? nombre == 1 : nombre is 0 or 1;
        return string.Format(Culture, this[singulier ? cleSingulier : clePluriel], [Afficher(nombre), .. autres.Select(Afficher)]);
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

    /// <summary>A value as people read it: dates and numbers the French or English way, a state or a decision in words.</summary>
    public string Texte(object valeur) => Convert.ToString(Afficher(valeur), Culture) ?? string.Empty;

    private object Afficher(object valeur) => valeur switch
    {
        DateOnly jour => Formats.Jour(jour, Culture),
        DateTimeOffset instant => Formats.Instant(instant, Culture),
        int or long or decimal => Formats.Nombre(Convert.ToDecimal(valeur, CultureInfo.InvariantCulture), Culture),
        Conventions.Dossiers.EtatDuDossier etat => this["Etat." + etat],
        Conventions.Actions.EtatDuProjet etat => this["EtatDuProjet." + etat],
        Conventions.Comites.EtatDeLAction etat => this["EtatDeLAction." + etat],
        Conventions.Seances.EtatDuCompteRendu etat => this["EtatDuCompteRendu." + etat],
        Conventions.Votes.Decision decision => this["Vote.Decision." + decision],
        Conventions.Catalogue.SignataireRequis requis => EstAnglais ? requis.Label : requis.Libelle,
        Enum valeurEnum => valeurEnum.ToString(),
        _ => valeur,
    };

    /// <summary>Both languages, French first, for messages read by whoever looks at a technical answer.</summary>
    public static string Bilingue(string cle, params object[] valeurs) =>
        $"{Francais.Format(cle, valeurs)} / {Anglais.Format(cle, valeurs)}";
}
