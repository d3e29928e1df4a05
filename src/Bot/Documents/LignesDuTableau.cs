namespace TeamsConventions.Bot.Documents;

/// <summary>The rows of one of a form's tables, in the order they were added (row ids sort by creation time).</summary>
public static class LignesDuTableau
{
    public static IReadOnlyList<string> De(IReadOnlyDictionary<string, string> champs, string tableau) => Conventions.Accords.ContenuDuFormulaire.Lignes(champs, tableau);

    /// <summary>A new row id: sortable by creation time, unique across editors adding rows at the same moment.</summary>
    public static string NouvelIdentifiant(TimeProvider horloge)
    {
        ArgumentNullException.ThrowIfNull(horloge);
        var instant = horloge.GetUtcNow().ToUnixTimeMilliseconds().ToString("x11", System.Globalization.CultureInfo.InvariantCulture);
        return instant + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3));
    }
}
