using System.Globalization;
using System.Text.RegularExpressions;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;

namespace Conventions.Dossiers;

/// <summary>
/// What a person typed into one field, checked against the field's nature and put in the one form it is stored in
/// (dates ISO, numbers and amounts invariant, choices as codes). An empty entry clears the field.
/// </summary>
public static partial class SaisieDeChamp
{
    public const int LongueurNom = 120;
    public const long NombreMaximum = 10_000_000;

    private static readonly string[] FormatsDeDate = ["yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy"];

    public static string Normaliser(DefinitionDeChamp champ, string? saisie, FormulaireDeDossier formulaire, AppelAProjets appel)
    {
        ArgumentNullException.ThrowIfNull(appel);
        return Normaliser(champ, saisie, formulaire, new Periode(Bruxelles.Jour(appel.Ouverture), Bruxelles.Jour(appel.Cloture)));
    }

    /// <summary>The same, for a form that lives within <paramref name="bornes"/> (a call's opening to its close, a plan's year): a date's <see cref="BorneDeDate"/> is relative to them.</summary>
    public static string Normaliser(DefinitionDeChamp champ, string? saisie, FormulaireDeDossier formulaire, Periode bornes)
    {
        ArgumentNullException.ThrowIfNull(champ);
        ArgumentNullException.ThrowIfNull(formulaire);
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
            NatureDeChamp.Date => Date(champ, texte, bornes).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            NatureDeChamp.Membre => MembreId.EssayerDepuis(texte, out var membre) ? membre.ToString() : throw new RegleMetierException(CodesErreur.MembreAChoisir, champ.Libelle),
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

    /// <summary>"64000", "64 000", "64.000", "64,000" (groups of three): a count has no decimals.</summary>
    private static long Nombre(DefinitionDeChamp champ, string texte)
    {
        var chiffres = SansSeparateursDeMilliers(texte);
        chiffres = GroupesDeTrois().IsMatch(chiffres) ? SansMarques(chiffres) : chiffres;
        return long.TryParse(chiffres, NumberStyles.None, CultureInfo.InvariantCulture, out var nombre) && nombre <= NombreMaximum
            ? nombre
            : throw new RegleMetierException(CodesErreur.NombreInvalide, champ.Libelle, texte, NombreMaximum);
    }

    /// <summary>
    /// "1 234,50 €", "1.234,50", "1,234.50", "1234.50", "-5" (refused by <see cref="Valeurs.Montant"/> with its own message):
    /// an amount has at most two decimals, so a mark followed by groups of three digits groups thousands ("64.000");
    /// with both marks the last one is the decimal point.
    /// </summary>
    private static decimal Decimal(DefinitionDeChamp champ, string texte)
    {
        var sansEspaces = SansSeparateursDeMilliers(texte.Replace("€", string.Empty, StringComparison.Ordinal).Replace("EUR", string.Empty, StringComparison.OrdinalIgnoreCase));
        var virgule = sansEspaces.LastIndexOf(',');
        var point = sansEspaces.LastIndexOf('.');
        var propre = GroupesDeTrois().IsMatch(sansEspaces) ? SansMarques(sansEspaces)
            : virgule >= 0 && point >= 0 ? sansEspaces.Replace(virgule < point ? "," : ".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
            : sansEspaces.Replace(',', '.');
        return decimal.TryParse(propre, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var montant)
            ? montant
            : throw new RegleMetierException(CodesErreur.MontantInvalide, champ.Libelle, texte);
    }

    /// <summary>"64.000", "1,250", "10.000.000": not "0.125", which is a decimal.</summary>
    [GeneratedRegex(@"^[1-9]\d{0,2}([.,])\d{3}(\1\d{3})*$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupesDeTrois();

    private static string SansMarques(string chiffres) =>
        chiffres.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);

    private static string SansSeparateursDeMilliers(string texte) =>
        new([.. texte.Where(c => !char.IsWhiteSpace(c) && c is not '\'' and not '\u202F')]);

    private static DateOnly Date(DefinitionDeChamp champ, string texte, Periode bornes)
    {
        if (!DateOnly.TryParseExact(texte, FormatsDeDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year is < 1990 or > 2100)
        {
            throw new RegleMetierException(CodesErreur.DateInvalide, champ.Libelle, texte);
        }

        var (ouverture, cloture) = (bornes.Debut, bornes.Fin);
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
        if (champ.Unique && codes.Count > 1)
        {
            throw new RegleMetierException(CodesErreur.ChoixUnique, champ.Libelle);
        }

        return codes.All(c => options.Any(o => o.Code == c))
            ? string.Join(',', options.Where(o => codes.Contains(o.Code)).Select(o => o.Code))
            : throw new RegleMetierException(CodesErreur.ChoixInvalide, champ.Libelle);
    }
}
