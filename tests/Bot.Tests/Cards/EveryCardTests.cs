using System.Text;
using System.Text.Json;
using Conventions.Suivi;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using Conventions.Calendrier;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Cards;

/// <summary>Every card the bot can send, in both languages and every state, passes what Teams requires.</summary>
public sealed class EveryCardTests
{
    private const int MaxCardBytes = 28 * 1024;
    private static readonly DateTimeOffset Maintenant = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Noms => [.. Toutes().Keys];

    [Theory]
    [MemberData(nameof(Noms))]
    public void Card_StaysWithinTeamsLimits(string nom)
    {
        var json = Serialiser(Toutes()[nom]);

        Assert.True(Encoding.UTF8.GetByteCount(json) <= MaxCardBytes, $"{nom} is {Encoding.UTF8.GetByteCount(json)} bytes");
        var racine = JsonDocument.Parse(json).RootElement;
        Assert.Equal("AdaptiveCard", racine.GetProperty("type").GetString());
        Assert.True(Version.Parse(racine.GetProperty("version").GetString()!) <= new Version(1, 5));
        var ids = Ids(racine).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Cards_AreParsedByTheAdaptiveCardsLibraryWithoutAnyWarning()
    {
        var fichier = Path.GetTempFileName();
        try
        {
            var cartes = Toutes().ToDictionary(c => c.Key, c => JsonDocument.Parse(Serialiser(c.Value)).RootElement);
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

    [Fact]
    public void Card_TextIsNeverBuiltByStringReplacement_QuotesAndNewlinesStayText()
    {
        var carte = IncomprisCard.Composer(Textes.Francais, "\"}],\"actions\":[{\"type\":\"Action.OpenUrl\"\n");

        var racine = JsonDocument.Parse(Serialiser(carte)).RootElement;

        Assert.Equal(2, racine.GetProperty("actions").GetArrayLength());
        Assert.Contains("Action.OpenUrl", racine.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static string Serialiser(AdaptiveCard carte) => JsonSerializer.Serialize(carte, ProtocolJson.Options);

    private static Dictionary<string, AdaptiveCard> Toutes()
    {
        var fuseau = Bruxelles.Fuseau;
        var rempli = TableauDeBordPersonnel.Composer(Enumerable.Range(1, 40).Select(i => new ElementSuivi(
            $"REF-{i}",
            (NatureElement)(i % 5),
            $"Convention de coopération Forem – CPAS n° {i} : un intitulé long comme ceux des conventions réelles du bassin",
            i % 3 == 0 ? EtatElement.EnCours : EtatElement.ActionAttendue,
            i % 4 == 0 ? null : Maintenant.AddDays(i - 10))));
        var cartes = new Dictionary<string, AdaptiveCard>();
        foreach (var textes in new[] { Textes.Francais, Textes.Anglais })
        {
            var l = textes.Culture.Name;
            cartes[$"accueil-personnel-{l}"] = AccueilCard.Composer(textes, dansUneEquipe: false);
            cartes[$"accueil-equipe-{l}"] = AccueilCard.Composer(textes, dansUneEquipe: true);
            cartes[$"aide-{l}"] = AideCard.Composer(textes);
            cartes[$"incompris-{l}"] = IncomprisCard.Composer(textes, "bonjour");
            cartes[$"incompris-vide-{l}"] = IncomprisCard.Composer(textes, string.Empty);
            cartes[$"incompris-long-{l}"] = IncomprisCard.Composer(textes, new string('x', 5000));
            cartes[$"mes-elements-vide-{l}"] = MesElementsCard.Composer(textes, TableauDeBordPersonnel.Composer([]), Maintenant, fuseau);
            cartes[$"mes-elements-40-{l}"] = MesElementsCard.Composer(textes, rempli, Maintenant, fuseau);
            cartes[$"mes-elements-sans-identite-{l}"] = MesElementsCard.SansIdentite(textes);
        }

        return cartes;
    }

    private static IEnumerable<string> Ids(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "id" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Ids(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Ids),
        _ => [],
    };
}
