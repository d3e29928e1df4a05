using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Votes;

[Collection(AzuriteGroupe.Nom)]
public sealed class ClotureTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    /// <summary>A dossier on the Comité d'accompagnement's agenda, with the Comité de suivi's favourable opinion already given.</summary>
    private static async Task<(Comite Comite, DossierDeProposition Dossier)> PreparerAsync(BotHost bot)
    {
        var catalogue = bot.Services.GetRequiredService<CatalogueDesConventions>();
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", catalogue.Comite("comite-accompagnement"), MembresDAccompagnement(), LeSecretariat, DateTimeOffset.UtcNow);
        await bot.Services.GetRequiredService<ComitesStockes>().EnregistrerAsync(comite, null, CancellationToken.None);

        var type = catalogue.Type("initiative-locale");
        var appel = new AppelAProjets("appel", "Initiatives locales", type.Code, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, Membre(101), DateTimeOffset.UtcNow);
        foreach (var champ in type.ChampsObligatoiresDuDossier!)
        {
            dossier.Renseigner(champ, "rempli", Membre(101));
        }

        dossier.Soumettre(appel, type, "sha256:dossier", Membre(101), DateTimeOffset.UtcNow);
        dossier.PrendreEnAnalyse(Membre(500), DateTimeOffset.UtcNow);
        dossier.InscrireAuComite(Membre(500), DateTimeOffset.UtcNow);
        var avis = new ResultatDuScrutin(6, 1, 1, 8, 8, new Dictionary<string, int>(), Decision.Adopte, false, null, [], DateTimeOffset.UtcNow, "sha256:dossier");
        dossier.EnregistrerAvisDePertinence(avis, LeSecretariat, DateTimeOffset.UtcNow);
        await bot.Services.GetRequiredService<DossiersStockes>().EnregistrerAsync(dossier, null, CancellationToken.None);
        return (comite, dossier);
    }

    private async Task<Scrutin> OuvrirAsync(BotHost bot, Comite comite, DossierDeProposition dossier, DateTimeOffset echeance)
    {
        var scrutin = await OuvrirEtPublierAsync(bot, Canal, Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.Dossier, dossier.Id.ToString(), "Initiative locale du CPAS de Seraing", "sha256:dossier"), false, echeance, LeSecretariat, DateTimeOffset.UtcNow));
        foreach (var membre in comite.Votants.Take(8))
        {
            await bot.Services.GetRequiredService<ScrutinsStockes>().VoterAsync(scrutin.Id, membre.Membre, Choix.Pour, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        return scrutin;
    }

    private JsonObject Appui(MembreId membre, string verbe, ScrutinId scrutin)
    {
        var activite = Activities.Action(Canal.ServiceUrl, verbe, donnees: new JsonObject { ["scrutin"] = scrutin.ToString() });
        activite["from"] = new JsonObject { ["id"] = "29:" + membre, ["aadObjectId"] = membre.ToString() };
        return activite;
    }

    [Fact]
    public async Task ChairClosesFromTheCard_TheDossierIsApproved_AndTheOutcomeIsAnnouncedInTheThread()
    {
        var (comite, dossier) = await PreparerAsync(Bot);
        var scrutin = await OuvrirAsync(Bot, comite, dossier, DateTimeOffset.UtcNow.AddDays(7));
        var president = comite.President(DateOnly.FromDateTime(DateTime.UtcNow))!.Value;

        var vueDuPresident = JsonDocument.Parse(await (await Bot.EnvoyerAsync(Appui(president, "voirVote", scrutin.Id), JetonValide())).Content.ReadAsStringAsync()).RootElement;
        var autre = JsonDocument.Parse(await (await Bot.EnvoyerAsync(Appui(Membre(220), "cloreLeVote", scrutin.Id), JetonValide())).Content.ReadAsStringAsync()).RootElement;
        var cloture = await Bot.EnvoyerAsync(Appui(president, "cloreLeVote", scrutin.Id), JetonValide());

        Assert.Contains("Clore le vote", CarteJson.Texte(vueDuPresident.GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("Seul le président", autre.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cloture.StatusCode);
        Assert.Contains("Vote clos\u00a0: adopté", CarteJson.Texte(JsonDocument.Parse(await cloture.Content.ReadAsStringAsync()).RootElement.GetProperty("value")), StringComparison.Ordinal);
        var decide = (await Bot.Services.GetRequiredService<DossiersStockes>().ChargerAsync(dossier.Id, CancellationToken.None))!.Dossier;
        Assert.Equal(EtatDuDossier.Approuve, decide.Etat);
        var annonce = await Canal.AttendreAsync(r => r.Method == "POST" && r.Json.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("Résultat du vote", StringComparison.Ordinal));
        Assert.Contains("adopté (8 pour, 0 contre, 0 abstention)", annonce.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlinePassesWithTwoBotInstances_TheVoteIsClosedAndAnnouncedExactlyOnce()
    {
        var (comite, dossier) = await PreparerAsync(Bot);
        await OuvrirAsync(Bot, comite, dossier, DateTimeOffset.UtcNow.AddSeconds(2));
        await using var premier = await DemarrerBotAsync(c => { c["Storage:TablePrefix"] = Bot.TablePrefix; c["Bot:IntervalleDesTravauxEnSecondes"] = "1"; });
        await using var deuxieme = await DemarrerBotAsync(c => { c["Storage:TablePrefix"] = Bot.TablePrefix; c["Bot:IntervalleDesTravauxEnSecondes"] = "1"; });

        await Canal.AttendreAsync(r => r.Method == "POST" && r.Json.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("Résultat du vote", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Single(Canal.Requetes, r => r.Method == "POST" && r.Json.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("Résultat du vote", StringComparison.Ordinal));
        var journal = await premier.Services.GetRequiredService<DossiersStockes>().JournalAsync(dossier.Id.ToString(), CancellationToken.None);
        Assert.Single(journal, e => e.Action == "dossier.approuve");
    }

    [Fact]
    public async Task TwoVotesPastTheirDeadline_TheFirstOnesThreadRefusingForGood_TheSecondIsStillClosedAndAnnounced_AndTheFirstReported()
    {
        var forem = Activities.Message(Canal.ServiceUrl, "aide", userId: "29:forem-1", objectId: Membre(230).ToString());
        forem["conversation"]!["id"] = "a:forem-1";
        await Bot.EnvoyerAsync(forem, JetonValide());
        var (comite1, dossier1) = await PreparerAsync(Bot);
        var (comite2, dossier2) = await PreparerAsync(Bot);
        var echeance = DateTimeOffset.UtcNow.AddSeconds(2);
        var premier = await OuvrirAsync(Bot, comite1, dossier1, echeance);
        var second = await OuvrirAsync(Bot, comite2, dossier2, echeance.AddMilliseconds(1));
        var scrutins = Bot.Services.GetRequiredService<ScrutinsStockes>();
        var carte1 = (await scrutins.CarteAsync(premier.Id, CancellationToken.None))!;
        var carte2 = (await scrutins.CarteAsync(second.Id, CancellationToken.None))!;
        Canal.RefuserPour(c => c.EndsWith("/activities/" + carte1.ActivityId, StringComparison.Ordinal), 403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");
        Canal.Oublier();

        await using var travaux = await DemarrerBotAsync(c => { c["Storage:TablePrefix"] = Bot.TablePrefix; c["Bot:IntervalleDesTravauxEnSecondes"] = "1"; });

        var annonce = await Canal.AttendreAsync(
            r => r.Method == "POST" && r.Path.EndsWith("/activities/" + carte2.ActivityId, StringComparison.Ordinal) && r.Body.Contains("Résultat du vote", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("adopté (8 pour", annonce.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("forem-1", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("n'a pas pu être remis à la conversation du vote", signalement.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var dossiers = travaux.Services.GetRequiredService<DossiersStockes>();
        Assert.Equal(EtatDuDossier.Approuve, (await dossiers.ChargerAsync(dossier1.Id, CancellationToken.None))!.Dossier.Etat);
        Assert.Equal(EtatDuDossier.Approuve, (await dossiers.ChargerAsync(dossier2.Id, CancellationToken.None))!.Dossier.Etat);
    }

    [Fact]
    public async Task ChairCloses_WhileTeamsRefusesTheThread_TheDecisionStandsAndTheChairGetsTheClosedCard()
    {
        var (comite, dossier) = await PreparerAsync(Bot);
        var scrutin = await OuvrirAsync(Bot, comite, dossier, DateTimeOffset.UtcNow.AddDays(7));
        var president = comite.President(DateOnly.FromDateTime(DateTime.UtcNow))!.Value;
        Canal.RefuserPour(c => c.Contains(Uri.EscapeDataString(Activities.CanalVotes), StringComparison.Ordinal), 503, """{"error":{"code":"ServiceUnavailable"}}""");

        var cloture = await Bot.EnvoyerAsync(Appui(president, "cloreLeVote", scrutin.Id), JetonValide());

        Assert.Equal(HttpStatusCode.OK, cloture.StatusCode);
        Assert.Contains("Vote clos\u00a0: adopté", CarteJson.Texte(JsonDocument.Parse(await cloture.Content.ReadAsStringAsync()).RootElement.GetProperty("value")), StringComparison.Ordinal);
        Assert.Equal(EtatDuDossier.Approuve, (await Bot.Services.GetRequiredService<DossiersStockes>().ChargerAsync(dossier.Id, CancellationToken.None))!.Dossier.Etat);
    }

    [Fact]
    public async Task VoteWhoseOutcomeCannotBeApplied_IsRetried_AndAfterSeveralFailuresItsSecretariatIsTold_WhileTheOthersGoOn()
    {
        var forem = Activities.Message(Canal.ServiceUrl, "aide", userId: "29:forem-1", objectId: Membre(230).ToString());
        forem["conversation"]!["id"] = "a:forem-1";
        await Bot.EnvoyerAsync(forem, JetonValide());
        var (comite1, abime) = await PreparerAsync(Bot);
        var (comite2, sain) = await PreparerAsync(Bot);
        var echeance = DateTimeOffset.UtcNow.AddSeconds(2);
        await OuvrirAsync(Bot, comite1, abime, echeance);
        await OuvrirAsync(Bot, comite2, sain, echeance.AddMilliseconds(1));

        // The first dossier's root row damaged outside the bot: applying the outcome fails every time.
        var table = new Azure.Data.Tables.TableServiceClient(Stockage.Azurite.ConnectionString).GetTableClient(Bot.Services.GetRequiredService<TableNames>().Dossiers);
        var racine = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(abime.Id.ToString(), "racine")).Value;
        racine.Remove("Etat");
        await table.UpdateEntityAsync(racine, Azure.ETag.All, Azure.Data.Tables.TableUpdateMode.Replace);
        Canal.Oublier();

        await using var travaux = await DemarrerBotAsync(c => { c["Storage:TablePrefix"] = Bot.TablePrefix; c["Bot:IntervalleDesTravauxEnSecondes"] = "1"; });

        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("forem-1", StringComparison.Ordinal) && r.Body.Contains("n'arrive plus à traiter le vote", StringComparison.Ordinal), TimeSpan.FromSeconds(40));
        Assert.Contains("Initiative locale du CPAS de Seraing", signalement.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(EtatDuDossier.Approuve, (await travaux.Services.GetRequiredService<DossiersStockes>().ChargerAsync(sain.Id, CancellationToken.None))!.Dossier.Etat);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(Canal.Requetes, r => r.Body.Contains("n'arrive plus à traiter le vote", StringComparison.Ordinal));
    }
}
