using System.Text.Json;

namespace TeamsConventions.Bot.Storage;

/// <summary>
/// A form's fields kept as JSON across rows <c>{prefixe}-00</c>, <c>-01</c>…: each piece well under the Table
/// service's 64 KiB per value, a whole form in a handful of rows (one transaction, however many fields).
/// </summary>
internal static class ChampsEnMorceaux
{
    /// <summary>Characters per piece: 2 bytes each in UTF-16, half the limit.</summary>
    private const int Taille = StorageLimits.MaxValueBytes / 4;

    public static IEnumerable<(string RowKey, string Morceau)> Decouper(string prefixe, IReadOnlyDictionary<string, string> champs)
    {
        var json = JsonSerializer.Serialize(new SortedDictionary<string, string>(champs.ToDictionary(c => c.Key, c => c.Value), StringComparer.Ordinal));
        for (var (debut, rang) = (0, 0); debut < json.Length; debut += Taille, rang++)
        {
            yield return ($"{prefixe}-{rang:D2}", json.Substring(debut, Math.Min(Taille, json.Length - debut)));
        }
    }

    public static Dictionary<string, string> Recoller<T>(IEnumerable<T> lignes, string prefixe, Func<T, string?> morceau)
        where T : ILigneDAgregat
    {
        var json = string.Concat(lignes.Where(l => l.RowKey.StartsWith(prefixe + "-", StringComparison.Ordinal)).OrderBy(l => l.RowKey, StringComparer.Ordinal).Select(morceau));
        return json.Length == 0 ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);
    }
}
