using System.Globalization;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Valeurs;

namespace Conventions.Dossiers;

/// <summary>
/// What a person typed into one field, checked against the field's nature and put in the one form it is stored in
/// (dates ISO, numbers and amounts invariant, choices as codes). An empty entry clears the field.
/// </summary>
public static class SaisieDeChamp
{
    public const int LongueurNom = 120;
    public const long NombreMaximum = 10_000_000;

    private static readonly string[] FormatsDeDate = ["yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy"];

    public static string Normaliser(DefinitionDeChamp champ, string? saisie, FormulaireDeDossier formulaire, AppelAProjets appel)
    {
        ArgumentNullException.ThrowIfNull(champ);
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(appel);
        var texte = Texte.Borne(champ.Libelle, saisie, champ.LongueurMaximale, obligatoire: false);
        if (texte.Length == 0)
        {
            return texte;
        }

        return champ.Nature switch
        {
            NatureDeChamp.TexteCourt => UneLigne(champ, texte),
            NatureDeChamp.TexteLong => texte,
            NatureDeChamp.Nom => Nom(champ, UneLigne(champ, texte)),
            NatureDeChamp.Mail => AdresseMail.Depuis(texte).Valeur,
            NatureDeChamp.Telephone => Telephone.Depuis(texte).Valeur,
            NatureDeChamp.Bce => NumeroBce.Depuis(texte).ToString(),
            NatureDeChamp.Nombre => Nombre(champ, texte).ToString(CultureInfo.InvariantCulture),
            NatureDeChamp.Montant => Valeurs.Montant.Depuis(Decimal(champ, texte)).Euros.ToString("0.00", CultureInfo.InvariantCulture),
            NatureDeChamp.Date => Date(champ, texte, appel).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            NatureDeChamp.Choix => Choix(champ, texte, formulaire),
            _ => throw new RegleMetierException(CodesErreur.ChampInconnu, champ.Id),
        };
    }

    private static string UneLigne(DefinitionDeChamp champ, string texte) =>
        !texte.Contains('\n', StringComparison.Ordinal)
            ? texte
            : throw new RegleMetierException(CodesErreur.TexteSurUneLigne, champ.Libelle);

    private static string Nom(DefinitionDeChamp champ, string texte) =>
        texte.Length > LongueurNom ? throw new RegleMetierException(CodesErreur.TexteTropLong, champ.Libelle, LongueurNom, texte.Length)
        : texte.Any(char.IsDigit) || !texte.Any(char.IsLetter) ? throw new RegleMetierException(CodesErreur.NomInvalide, champ.Libelle, texte)
        : texte;

    private static long Nombre(DefinitionDeChamp champ, string texte)
    {
        var chiffres = SansSeparateursDeMilliers(texte);
        return long.TryParse(chiffres, NumberStyles.None, CultureInfo.InvariantCulture, out var nombre) && nombre <= NombreMaximum
            ? nombre
            : throw new RegleMetierException(CodesErreur.NombreInvalide, champ.Libelle, texte, NombreMaximum);
    }

    /// <summary>"1 234,50 €", "1234.50", "-5" (refused by <see cref="Valeurs.Montant"/> with its own message).</summary>
    private static decimal Decimal(DefinitionDeChamp champ, string texte)
    {
        var propre = SansSeparateursDeMilliers(texte.Replace("€", string.Empty, StringComparison.Ordinal).Replace("EUR", string.Empty, StringComparison.OrdinalIgnoreCase)).Replace(',', '.');
        return decimal.TryParse(propre, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var montant)
            ? montant
            : throw new RegleMetierException(CodesErreur.MontantInvalide, champ.Libelle, texte);
    }

    private static string SansSeparateursDeMilliers(string texte) =>
        new([.. texte.Where(c => !char.IsWhiteSpace(c) && c is not '\'' and not '\u202F')]);

    private static DateOnly Date(DefinitionDeChamp champ, string texte, AppelAProjets appel)
    {
        if (!DateOnly.TryParseExact(texte, FormatsDeDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year is < 1990 or > 2100)
        {
            throw new RegleMetierException(CodesErreur.DateInvalide, champ.Libelle, texte);
        }

        var ouverture = Bruxelles.Jour(appel.Ouverture);
        var cloture = Bruxelles.Jour(appel.Cloture);
        return champ.Borne switch
        {
            BorneDeDate.ApresOuverture when date < ouverture => throw new RegleMetierException(CodesErreur.DateAvantOuverture, champ.Libelle, date, ouverture),
            BorneDeDate.AvantCloture when date > cloture => throw new RegleMetierException(CodesErreur.DateApresCloture, champ.Libelle, date, cloture),
            _ => date,
        };
    }

    private static string Choix(DefinitionDeChamp champ, string texte, FormulaireDeDossier formulaire)
    {
        var options = formulaire.OptionsDe(champ);
        var codes = texte.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        return codes.All(c => options.Any(o => o.Code == c))
            ? string.Join(',', options.Where(o => codes.Contains(o.Code)).Select(o => o.Code))
            : throw new RegleMetierException(CodesErreur.ChoixInvalide, champ.Libelle);
    }
}
