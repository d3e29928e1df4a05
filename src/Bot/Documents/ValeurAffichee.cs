using System.Globalization;
using Conventions.Catalogue;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Documents;

/// <summary>A stored value as a person reads it: dates and amounts in their culture, choices by their label.</summary>
public static class ValeurAffichee
{
    public static string De(DefinitionDeChamp champ, string? valeur, FormulaireDeDossier formulaire, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(champ);
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrEmpty(valeur))
        {
            return string.Empty;
        }

        var anglais = culture.TwoLetterISOLanguageName == "en";
        return champ.Nature switch
        {
            NatureDeChamp.Date when DateOnly.TryParseExact(valeur, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var jour) => Formats.JourCourt(jour),
            NatureDeChamp.Montant when Euros(valeur) is { } euros => Formats.Montant(euros, culture),
            NatureDeChamp.Nombre when Entier(valeur) is { } nombre => Formats.Nombre(nombre, culture),
            NatureDeChamp.Choix => string.Join(" ; ", formulaire.OptionsDe(champ).Where(o => valeur.Split(',').Contains(o.Code)).Select(o => anglais ? o.Label : o.Libelle)),
            NatureDeChamp.Telephone => Insecable(valeur),
            _ => valeur,
        };
    }

    /// <summary>A phone number kept on one line wherever it is laid out: its spaces do not break.</summary>
    public static string Insecable(string texte) => (texte ?? string.Empty).Replace(' ', '\u00A0');

    /// <summary>A stored value put back into its field as a person types it: « 64 000 », not « 64000 ».</summary>
    public static string? Saisissable(DefinitionDeChamp champ, string? valeur, CultureInfo culture) => champ?.Nature switch
    {
        NatureDeChamp.Nombre when Entier(valeur) is { } nombre => Formats.NombreSaisissable(nombre),
        NatureDeChamp.Montant when Euros(valeur) is { } euros => Formats.MontantSaisissable(euros, culture),
        _ => valeur,
    };

    public static string Libelle(DefinitionDeChamp champ, CultureInfo culture) =>
        culture?.TwoLetterISOLanguageName == "en" ? champ?.Label ?? string.Empty : champ?.Libelle ?? string.Empty;

    public static string Titre(EtapeDuFormulaire etape, CultureInfo culture) =>
        culture?.TwoLetterISOLanguageName == "en" ? etape?.Title ?? string.Empty : etape?.Titre ?? string.Empty;

    private static decimal? Euros(string? valeur) =>
        decimal.TryParse(valeur, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) ? euros : null;

    private static long? Entier(string? valeur) =>
        long.TryParse(valeur, NumberStyles.None, CultureInfo.InvariantCulture, out var nombre) ? nombre : null;
}
