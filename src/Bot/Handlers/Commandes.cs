using System.Globalization;
using System.Text;

namespace TeamsConventions.Bot.Handlers;

/// <summary>Typed commands are matched without case, accents, extra spaces or trailing punctuation.</summary>
public static class Commandes
{
    public static string Normaliser(string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            return string.Empty;
        }

        var sansAccents = new StringBuilder(texte.Length);
        foreach (var c in texte.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sansAccents.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
            }
        }

        var mots = string.Join(' ', sansAccents.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));

        // "Aide !" in French typography; a lone "?" stays a command of its own.
        var sansPonctuation = mots.TrimEnd(' ', '.', '!', '?', ';', ',', ':');
        return sansPonctuation.Length > 0 ? sansPonctuation : mots;
    }
}
