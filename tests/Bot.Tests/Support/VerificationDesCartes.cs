using System.Text;
using System.Text.Json;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>The card checks of ARCHITECTURE.md: size, version, unique ids, and the adaptivecards npm library's parse.</summary>
internal static class VerificationDesCartes
{
    public const int MaxCardBytes = 28 * 1024;

    public static void VerifierLesLimites(string nom, string json)
    {
        Assert.True(Encoding.UTF8.GetByteCount(json) <= MaxCardBytes, $"{nom} is {Encoding.UTF8.GetByteCount(json)} bytes");
        var racine = JsonDocument.Parse(json).RootElement;
        Assert.Equal("AdaptiveCard", racine.GetProperty("type").GetString());
        Assert.True(Version.Parse(racine.GetProperty("version").GetString()!) <= new Version(1, 5), $"{nom}: version above 1.5");
        var ids = Ids(racine).ToList();
        Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"{nom}: duplicate ids");
    }

    public static async Task VerifierAvecLaBibliothequeAsync(IReadOnlyDictionary<string, JsonElement> cartes)
    {
        var fichier = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(fichier, JsonSerializer.Serialize(cartes));
            var sortie = await NodeProcess.ExecuterAsync(Path.Combine(RepositoryRoot.Path, "tools", "check-cards.cjs"), [fichier], TimeSpan.FromSeconds(60));
            var evenements = JsonSerializer.Deserialize<Dictionary<string, string[]>>(sortie)!;
            Assert.Equal(cartes.Count, evenements.Count);
            Assert.All(evenements, e => Assert.True(e.Value.Length == 0, $"{e.Key}: {string.Join("; ", e.Value)}"));
        }
        finally
        {
            File.Delete(fichier);
        }
    }

    /// <summary>Every check at once, for the cards a scenario collected.</summary>
    public static async Task VerifierToutAsync(IReadOnlyDictionary<string, JsonElement> cartes)
    {
        foreach (var (nom, carte) in cartes)
        {
            VerifierLesLimites(nom, carte.GetRawText());
        }

        await VerifierAvecLaBibliothequeAsync(cartes);
    }

    private static IEnumerable<string> Ids(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "id" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Ids(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Ids),
        _ => [],
    };
}
