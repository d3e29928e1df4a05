using Conventions.Erreurs;

namespace Conventions.Valeurs;

/// <summary>
/// A Belgian company number (Banque-Carrefour des Entreprises): 10 digits starting with 0 or 1, the last two being
/// 97 minus the first eight modulo 97 (R28). Written 0455.266.926.
/// </summary>
public readonly record struct NumeroBce
{
    private NumeroBce(string chiffres) => Chiffres = chiffres;

    public string Chiffres { get; }

    public static NumeroBce Depuis(string? saisie)
    {
        var chiffres = new string((saisie ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-' and not '/').ToArray());
        if (chiffres.StartsWith("BE", StringComparison.OrdinalIgnoreCase))
        {
            chiffres = chiffres[2..];
        }

        // Numbers given before 2005 had 9 digits (455.266.926): a leading 0 makes them today's number.
        if (chiffres.Length == 9 && chiffres[0] != '0')
        {
            chiffres = "0" + chiffres;
        }

        if (chiffres.Length != 10 || !chiffres.All(char.IsAsciiDigit) || chiffres[0] is not ('0' or '1'))
        {
            throw new RegleMetierException(CodesErreur.BceFormat, saisie ?? string.Empty);
        }

        var base8 = long.Parse(chiffres[..8], System.Globalization.CultureInfo.InvariantCulture);
        var cle = int.Parse(chiffres[8..], System.Globalization.CultureInfo.InvariantCulture);
        return 97 - (base8 % 97) == cle
            ? new NumeroBce(chiffres)
            : throw new RegleMetierException(CodesErreur.BceCle, Formater(chiffres));
    }

    /// <summary>The number, or null when <paramref name="saisie"/> is not a valid one.</summary>
    public static NumeroBce? Essayer(string? saisie)
    {
        try
        {
            return Depuis(saisie);
        }
        catch (RegleMetierException)
        {
            return null;
        }
    }

    public override string ToString() => Formater(Chiffres);

    private static string Formater(string c) => $"{c[..4]}.{c[4..7]}.{c[7..]}";
}
