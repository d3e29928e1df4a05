using Conventions.Catalogue;
using Conventions.Dossiers;

namespace TeamsConventions.Bot.Documents;

/// <summary>The rows of one of a dossier's tables, in the order they were added (row ids sort by creation time).</summary>
public static class LignesDuTableau
{
    public static IReadOnlyList<string> De(DossierDeProposition dossier, string tableau)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return [.. dossier.Champs.Keys
            .Select(CelluleDeTableau.Lire)
            .OfType<CelluleDeTableau>()
            .Where(c => c.Tableau == tableau)
            .Select(c => c.Ligne)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>A new row id: sortable by creation time, unique across editors adding rows at the same moment.</summary>
    public static string NouvelIdentifiant(TimeProvider horloge)
    {
        ArgumentNullException.ThrowIfNull(horloge);
        var instant = horloge.GetUtcNow().ToUnixTimeMilliseconds().ToString("x11", System.Globalization.CultureInfo.InvariantCulture);
        return instant + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3));
    }
}
