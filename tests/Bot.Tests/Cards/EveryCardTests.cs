using System.Text;
using System.Text.Json;
using Conventions.Suivi;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Connector;
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
            var roster = Enumerable.Range(1, 30).Select(i => new TeamsMember { Id = $"29:membre-{i}", Name = $"Membre {i} — CPAS de Seraing", AadObjectId = Membre(i).ToString() }).ToList();
            cartes[$"comite-configuration-{l}"] = ComiteCard.Configuration(textes, CatalogueDesConventions.Charger(), roster);
            cartes[$"comite-refus-{l}"] = ComiteCard.Configuration(textes, CatalogueDesConventions.Charger(), roster, new Dictionary<string, string> { ["statuts"] = "comite-suivi" }, "Cette composition ne respecte pas les statuts.");
            foreach (var (nom, scrutin) in Scrutins())
            {
                cartes[$"vote-{nom}-base-{l}"] = VoteCard.Base(textes, scrutin, [.. Enumerable.Range(1, 80).Select(i => $"29:membre-{i}")]);
                cartes[$"vote-{nom}-votant-{l}"] = VoteCard.Personnelle(textes, scrutin, Membre(1));
                cartes[$"vote-{nom}-invite-{l}"] = VoteCard.Personnelle(textes, scrutin, Membre(70));
            }
        }

        return cartes;
    }

    private static MembreId Membre(int n) => MembreId.Depuis($"00000000-0000-4000-8000-{n:D12}");

    private static IEnumerable<(string Nom, Scrutin Scrutin)> Scrutins()
    {
        var membres = Enumerable.Range(1, 4).Select(i => new MembreDeComite(Membre(i), $"Forem {i}", "Forem", "Forem"))
            .Concat(Enumerable.Range(101, 4).Select(i => new MembreDeComite(Membre(i), $"CPAS {i}", "Cpas", $"CPAS {i}")))
            .Append(new MembreDeComite(Membre(70), "MIRE", "Mire", "MIRE", Invite: true));
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité de suivi — Liège", CatalogueDesConventions.Charger().Comite("comite-suivi"), membres, Membre(900), Maintenant);
        comite.DesignerPresidence(Membre(1), Membre(101), new DateOnly(2026, 1, 1), Membre(900), Maintenant);
        foreach (var (nom, secret, clore) in new[] { ("ouvert", false, false), ("secret", true, false), ("clos", false, true) })
        {
            var scrutin = Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.Dossier, "D-1", "Initiative locale du CPAS de Seraing — « Tremplin emploi » 2027", "sha256:" + new string('a', 64)), secret, Maintenant.AddDays(7), Membre(900), Maintenant);
            foreach (var i in new[] { 1, 2, 101, 102, 103 })
            {
                scrutin.Voter(Membre(i), i == 2 ? Choix.Contre : Choix.Pour, Maintenant);
            }

            if (clore)
            {
                scrutin.Cloturer(Membre(1), Maintenant.AddHours(1));
            }

            yield return (nom, scrutin);
        }
    }

    private static IEnumerable<string> Ids(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "id" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Ids(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Ids),
        _ => [],
    };
}
