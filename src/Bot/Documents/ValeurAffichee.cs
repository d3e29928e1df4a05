using System.Globalization;
using Conventions.Catalogue;

namespace TeamsConventions.Bot.Documents;

/// <summary>A stored value as a person reads it: dates and amounts in their culture, choices by their label.</summary>
public static class ValeurAffichee
{
    public static string De(DefinitionDeChamp champ, string? valeur, FormulaireDeDossier formulaire, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(champ);
        ArgumentNullException.ThrowIfNull(formulaire);
        if (string.IsNullOrEmpty(valeur))
        {
            return string.Empty;
        }

        var anglais = culture?.TwoLetterISOLanguageName == "en";
        return champ.Nature switch
        {
            NatureDeChamp.Date when DateOnly.TryParseExact(valeur, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var jour) => jour.ToString("d", culture),
            NatureDeChamp.Montant when decimal.TryParse(valeur, NumberStyles.Number, CultureInfo.InvariantCulture, out var euros) => euros.ToString("N2", culture) + " €",
            NatureDeChamp.Nombre when long.TryParse(valeur, NumberStyles.None, CultureInfo.InvariantCulture, out var nombre) => nombre.ToString("N0", culture),
            NatureDeChamp.Choix => string.Join(" ; ", formulaire.OptionsDe(champ).Where(o => valeur.Split(',').Contains(o.Code)).Select(o => anglais ? o.Label : o.Libelle)),
            _ => valeur,
        };
    }

    public static string Libelle(DefinitionDeChamp champ, CultureInfo culture) =>
        culture?.TwoLetterISOLanguageName == "en" ? champ?.Label ?? string.Empty : champ?.Libelle ?? string.Empty;

    public static string Titre(EtapeDuFormulaire etape, CultureInfo culture) =>
        culture?.TwoLetterISOLanguageName == "en" ? etape?.Title ?? string.Empty : etape?.Titre ?? string.Empty;
}
