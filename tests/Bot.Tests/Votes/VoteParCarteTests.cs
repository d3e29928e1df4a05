using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Valeurs;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Handlers;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Votes;

[Collection(AzuriteGroupe.Nom)]
public sealed class VoteParCarteTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private static string IdTeams(int n) => $"29:membre-{n}";

    private Task<Scrutin> OuvrirAsync(Comite comite, NumeroBce? demandeur = null) => OuvrirEtPublierAsync(Bot, Canal,
        Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.Dossier, "D-2026-014", "Initiative locale du CPAS de Seraing", "sha256:d1", demandeur), false, DateTimeOffset.UtcNow.AddDays(7), LeSecretariat, DateTimeOffset.UtcNow));

    private Comite ComiteDeSuivi() => DonneesDeVote.ComiteDeSuivi(Bot.Services.GetRequiredService<CatalogueDesConventions>());

    private JsonObject Appui(int membre, ScrutinId scrutin, string? choix, string verbe = "voter")
    {
        var donnees = new JsonObject { ["scrutin"] = scrutin.ToString() };
        if (choix is not null)
        {
            donnees["choix"] = choix;
        }

        var activite = Activities.Action(Canal.ServiceUrl, verbe, donnees: donnees);
        activite["from"] = new JsonObject { ["id"] = IdTeams(membre), ["name"] = $"Membre {membre}", ["aadObjectId"] = Membre(membre).ToString() };
        return activite;
    }

    private async Task<JsonElement> AppuyerAsync(int membre, ScrutinId scrutin, string? choix, string verbe = "voter")
    {
        var reponse = await Bot.EnvoyerAsync(Appui(membre, scrutin, choix, verbe), JetonValide());
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task TwoHundredMembersVotingAtOnce_EachPressDeliveredTwice_TallyIsExactly200_AndTheChannelCardSaysSo()
    {
        var assemblee = Assemblee();
        var scrutin = await OuvrirAsync(assemblee);
        var membres = Enumerable.Range(1, 100).Concat(Enumerable.Range(1001, 100)).ToList();

        var reponses = await Task.WhenAll(membres.SelectMany(m => new[] { m, m }).Select(m => Task.Run(() => AppuyerAsync(m, scrutin.Id, m % 3 == 0 ? "Contre" : "Pour"))));

        Assert.All(reponses, r => Assert.Equal(200, r.GetProperty("statusCode").GetInt32()));
        var relu = (await Bot.Services.GetRequiredService<ScrutinsStockes>().ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin;
        Assert.Equal(200, relu.Decompte().Votants);
        Assert.All(membres, m => Assert.Equal(m % 3 == 0 ? Choix.Contre : Choix.Pour, relu.ChoixDe(Membre(m))));
        var derniere = await Canal.AttendreAsync(r => r.Method == "PUT" && r.TexteDeLaCarte.Contains("200 membres sur 200 ont voté", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("Quorum atteint", derniere.TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BurstOfFiftyVotes_CardUpdatesStayUnderSevenPerSecond_AndTheLastIsRight()
    {
        var assemblee = Assemblee();
        var scrutin = await OuvrirAsync(assemblee);

        await Task.WhenAll(Enumerable.Range(1, 50).Select(m => Task.Run(() => AppuyerAsync(m, scrutin.Id, "Pour"))));
        await Canal.AttendreAsync(r => r.Method == "PUT" && r.TexteDeLaCarte.Contains("50 membres sur 200 ont voté", StringComparison.Ordinal), TimeSpan.FromSeconds(15));
        await Task.Delay(ActualisationDesVotes.Intervalle * 3);

        var misesAJour = Canal.Requetes.Where(r => r.Method == "PUT").Select(r => r.At).Order().ToList();
        Assert.All(misesAJour, debut => Assert.True(misesAJour.Count(t => t >= debut && t < debut.AddSeconds(1)) <= 7, $"{misesAJour.Count} updates, too many within one second"));
        Assert.Contains("50 membres sur 200 ont voté", Canal.Requetes.Where(r => r.Method == "PUT").OrderBy(r => r.At).Last().TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_PersonalCardShowsTheOwnVote_AndAChangeOfMindCountsOnce()
    {
        var scrutin = await OuvrirAsync(ComiteDeSuivi());

        var premier = await AppuyerAsync(2, scrutin.Id, "Pour");
        var second = await AppuyerAsync(2, scrutin.Id, "Contre");

        Assert.Contains("Votre vote\u00a0: Pour", CarteJson.Texte(premier.GetProperty("value")), StringComparison.Ordinal);
        var carte = CarteJson.Texte(second.GetProperty("value"));
        Assert.Contains("Votre vote\u00a0: Contre", carte, StringComparison.Ordinal);
        Assert.Contains("1 membre sur 8 a voté", carte, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Peut-être")]
    [InlineData("1")]
    [InlineData(null)]
    public async Task Vote_ForgedOrMissingChoice_IsRefusedAndNothingIsRecorded(string? choix)
    {
        var scrutin = await OuvrirAsync(ComiteDeSuivi());

        var reponse = await AppuyerAsync(2, scrutin.Id, choix);

        Assert.Equal(400, reponse.GetProperty("statusCode").GetInt32());
        Assert.Contains("carte est invalide ou périmée", reponse.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await Bot.Services.GetRequiredService<ScrutinsStockes>().ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin.NombreDeVotants);
    }

    [Fact]
    public async Task Vote_GuestRecusedOrUnknownVote_EachGetsItsReason()
    {
        var scrutin = await OuvrirAsync(ComiteDeSuivi(), demandeur: Bce(104));

        var invite = await AppuyerAsync(70, scrutin.Id, "Pour");
        var recuse = await AppuyerAsync(104, scrutin.Id, "Pour");
        var inconnu = await AppuyerAsync(2, ScrutinId.Nouveau(), "Pour");

        Assert.Contains("Seuls les membres avec voix délibérative", invite.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("vous êtes récusé(e)", recuse.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, inconnu.GetProperty("statusCode").GetInt32());
        Assert.Equal(0, (await Bot.Services.GetRequiredService<ScrutinsStockes>().ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin.NombreDeVotants);
    }

    [Fact]
    public async Task Refresh_GuestSeesTheTallyOnly_WithoutButtons()
    {
        var scrutin = await OuvrirAsync(ComiteDeSuivi());

        var vue = await AppuyerAsync(70, scrutin.Id, null, verbe: "voirVote");

        var carte = vue.GetProperty("value");
        Assert.Contains("Vous suivez ce vote sans y prendre part", CarteJson.Texte(carte), StringComparison.Ordinal);
        Assert.False(carte.TryGetProperty("actions", out _));
    }
}
