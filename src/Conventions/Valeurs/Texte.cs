using Conventions.Erreurs;

namespace Conventions.Valeurs;

/// <summary>Free text a person typed: trimmed, bounded, without control characters (pasted from Word or PDF).</summary>
public static class Texte
{
    public static string Borne(string champ, string? saisie, int maximum, bool obligatoire = true)
    {
        var propre = new string((saisie ?? string.Empty).Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()).Trim();
        if (obligatoire && propre.Length == 0)
        {
            throw new RegleMetierException(CodesErreur.TexteManquant, champ);
        }

        return propre.Length <= maximum ? propre : throw new RegleMetierException(CodesErreur.TexteTropLong, champ, maximum, propre.Length);
    }
}
