using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Handlers;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Teams;

/// <summary>What the Teams app package promises, the running bot keeps.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class ManifestCommandsTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    [Fact]
    public void EveryManifestCommand_InFrenchAndEnglish_HasAHandler()
    {
        var commandes = TitresDesCommandes().ToList();
        var intentions = Bot.Services.GetServices<IIntention>().ToList();

        Assert.NotEmpty(commandes);
        Assert.All(commandes, titre => Assert.Contains(intentions, i => i.Commandes.Contains(Commandes.Normaliser(titre))));
    }

    [Fact]
    public async Task EveryManifestCommand_TypedInChat_IsUnderstood()
    {
        foreach (var titre in TitresDesCommandes().Distinct())
        {
            Canal.Oublier();
            await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, titre), JetonValide());

            var reponse = await Canal.AttendreAsync(r => r.Method == "POST");
            Assert.DoesNotContain("pas compris", reponse.TexteDeLaCarte, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Healthz_WithStorageReachable_AnswersHealthy()
    {
        var reponse = await Bot.Http.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("Healthy", await reponse.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("confidentialite", "Protection des données", "Data protection")]
    [InlineData("conditions", "Conditions d'utilisation", "Terms of use")]
    public async Task PrivacyAndTermsPages_TheManifestLinksTo_AreServedInFrenchThenEnglish(string chemin, string francais, string anglais)
    {
        var reponse = await Bot.Http.GetAsync(chemin);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/html", reponse.Content.Headers.ContentType?.MediaType);
        var page = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());
        Assert.InRange(page.IndexOf(francais, StringComparison.Ordinal), 0, page.IndexOf(anglais, StringComparison.Ordinal) - 1);
        Assert.All(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "manifest", "env"), ".env.*"), env =>
            Assert.Contains(File.ReadAllLines(env), l => l.StartsWith(chemin == "conditions" ? "TERMS_OF_USE_URL=" : "PRIVACY_URL=", StringComparison.Ordinal) && l.EndsWith("/" + chemin, StringComparison.Ordinal)));
    }

    private static IEnumerable<string> TitresDesCommandes()
    {
        var dossier = Path.Combine(RepositoryRoot.Path, "manifest");
        var manifeste = JsonDocument.Parse(File.ReadAllText(Path.Combine(dossier, "manifest.json"))).RootElement;
        foreach (var liste in manifeste.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray())
        {
            foreach (var commande in liste.GetProperty("commands").EnumerateArray())
            {
                yield return commande.GetProperty("title").GetString()!;
            }
        }

        foreach (var langue in manifeste.GetProperty("localizationInfo").GetProperty("additionalLanguages").EnumerateArray())
        {
            var traductions = JsonDocument.Parse(File.ReadAllText(Path.Combine(dossier, langue.GetProperty("file").GetString()!))).RootElement;
            foreach (var propriete in traductions.EnumerateObject().Where(p => p.Name.StartsWith("bots[0].commandLists", StringComparison.Ordinal) && p.Name.EndsWith(".title", StringComparison.Ordinal)))
            {
                yield return propriete.Value.GetString()!;
            }
        }
    }
}
