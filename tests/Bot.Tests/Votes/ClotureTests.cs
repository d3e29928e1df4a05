using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Votes;

/// <summary>Closing votes by the chair and at the deadline; the deadline job's rounds happen when the test moves the <see cref="FakeTimeProvider"/> on.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class ClotureTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private static readonly TimeSpan Tic = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _horloge = new(DateTimeOffset.UtcNow);

    private DateTimeOffset Maintenant => _horloge.GetUtcNow();

    protected override void ConfigurerServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_horloge);

    /// <summary>A dossier on the Comité d'accompagnement's agenda, with the Comité de suivi's favourable opinion already given.</summary>
    private async Task<(Comite Comite, DossierDeProposition Dossier)> PreparerAsync(BotHost bot)
    {
        var catalogue = bot.Services.GetRequiredService<CatalogueDesConventions>();
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", catalogue.Comite("comite-accompagnement"), MembresDAccompagnement(), LeSecretariat, Maintenant);
        await bot.Services.GetRequiredService<ComitesStockes>().EnregistrerAsync(comite, null, CancellationToken.None);

        var type = catalogue.Type("initiative-locale");
        var appel = new AppelAProjets("appel", "Initiatives locales", type.Code, Maintenant.AddDays(-1), Maintenant.AddDays(30));
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, Membre(101), Maintenant);
        foreach (var champ in type.ChampsObligatoiresDuDossier!)
        {
            dossier.Renseigner(champ, "rempli", Membre(101));
        }

        dossier.Soumettre(appel, type, "sha256:dossier", Membre(101), Maintenant);
        dossier.PrendreEnAnalyse(Membre(500), Maintenant);
        dossier.InscrireAuComite(Membre(500), Maintenant);
        var avis = new ResultatDuScrutin(6, 1, 1, 8, 8, new Dictionary<string, int>(), Decision.Adopte, false, null, [], Maintenant, "sha256:dossier");
        dossier.EnregistrerAvisDePertinence(avis, LeSecretariat, Maintenant);
        await bot.Services.GetRequiredService<DossiersStockes>().EnregistrerAsync(dossier, null, CancellationToken.None);
        return (comite, dossier);
    }

    private async Task<Scrutin> OuvrirAsync(BotHost bot, Comite comite, DossierDeProposition dossier, DateTimeOffset echeance)
    {
        var scrutin = await OuvrirEtPublierAsync(bot, Canal, Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.Dossier, dossier.Id.ToString(), "Initiative locale du CPAS de Seraing", "sha256:dossier"), false, echeance, LeSecretariat, Maintenant));
        foreach (var membre in comite.Votants.Take(8))
        {
            await bot.Services.GetRequiredService<ScrutinsStockes>().VoterAsync(scrutin.Id, membre.Membre, Choix.Pour, Maintenant, CancellationToken.None);
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
        var scrutin = await OuvrirAsync(Bot, comite, dossier, Maintenant.AddDays(7));
        var president = comite.President(Conventions.Calendrier.Bruxelles.Jour(Maintenant))!.Value;

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
        await OuvrirAsync(Bot, comite, dossier, Maintenant.AddMinutes(1));
        await using var deuxieme = await DemarrerBotAsync(c => c["Storage:TablePrefix"] = Bot.TablePrefix);

        await Travaux.UnTourAsync(_horloge, Travaux.EcheancesDesVotes, TimeSpan.FromMinutes(2), Bot, deuxieme);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Json.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("Résultat du vote", StringComparison.Ordinal));
        await Travaux.UnTourAsync(_horloge, Travaux.EcheancesDesVotes, Tic, Bot, deuxieme);

        Assert.Single(Canal.Requetes, r => r.Method == "POST" && r.Json.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("Résultat du vote", StringComparison.Ordinal));
        var journal = await deuxieme.Services.GetRequiredService<DossiersStockes>().JournalAsync(dossier.Id.ToString(), CancellationToken.None);
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
        var echeance = Maintenant.AddMinutes(1);
        var premier = await OuvrirAsync(Bot, comite1, dossier1, echeance);
        var second = await OuvrirAsync(Bot, comite2, dossier2, echeance.AddMilliseconds(1));
        var scrutins = Bot.Services.GetRequiredService<ScrutinsStockes>();
        var carte1 = (await scrutins.CarteAsync(premier.Id, CancellationToken.None))!;
        var carte2 = (await scrutins.CarteAsync(second.Id, CancellationToken.None))!;
        Canal.RefuserPour(c => c.EndsWith("/activities/" + carte1.ActivityId, StringComparison.Ordinal), 403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");
        Canal.Oublier();

        await Travaux.UnTourAsync(_horloge, Travaux.EcheancesDesVotes, TimeSpan.FromMinutes(2), Bot);

        var annonce = await Canal.AttendreAsync(
            r => r.Method == "POST" && r.Path.EndsWith("/activities/" + carte2.ActivityId, StringComparison.Ordinal) && r.Body.Contains("Résultat du vote", StringComparison.Ordinal));
        Assert.Contains("adopté (8 pour", annonce.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("forem-1", StringComparison.Ordinal) && r.Body.Contains("pas pu être remis", StringComparison.Ordinal));
        Assert.Contains("n'a pas pu être remis à la conversation du vote", signalement.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var dossiers = Bot.Services.GetRequiredService<DossiersStockes>();
        Assert.Equal(EtatDuDossier.Approuve, (await dossiers.ChargerAsync(dossier1.Id, CancellationToken.None))!.Dossier.Etat);
        Assert.Equal(EtatDuDossier.Approuve, (await dossiers.ChargerAsync(dossier2.Id, CancellationToken.None))!.Dossier.Etat);
    }

    [Fact]
    public async Task ChairCloses_WhileTeamsRefusesTheThread_TheDecisionStandsAndTheChairGetsTheClosedCard()
    {
        var (comite, dossier) = await PreparerAsync(Bot);
        var scrutin = await OuvrirAsync(Bot, comite, dossier, Maintenant.AddDays(7));
        var president = comite.President(Conventions.Calendrier.Bruxelles.Jour(Maintenant))!.Value;
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
        var echeance = Maintenant.AddMinutes(1);
        await OuvrirAsync(Bot, comite1, abime, echeance);
        await OuvrirAsync(Bot, comite2, sain, echeance.AddMilliseconds(1));

        // The first dossier's root row damaged outside the bot: applying the outcome fails every time.
        var table = new Azure.Data.Tables.TableServiceClient(Stockage.Azurite.ConnectionString).GetTableClient(Bot.Services.GetRequiredService<TableNames>().Dossiers);
        var racine = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(abime.Id.ToString(), "racine")).Value;
        racine.Remove("Etat");
        await table.UpdateEntityAsync(racine, Azure.ETag.All, Azure.Data.Tables.TableUpdateMode.Replace);
        Canal.Oublier();

        // Past the deadline; then a round per tick: the failing vote is retried after one, two, four ticks, and reported at its third failure.
        static bool EstLeSignalement(RecordedRequest r) => r.Method == "POST" && r.Path.Contains("forem-1", StringComparison.Ordinal) && r.Body.Contains("n'arrive plus à traiter le vote", StringComparison.Ordinal);
        await Travaux.UnTourAsync(_horloge, Travaux.EcheancesDesVotes, TimeSpan.FromMinutes(2), Bot);
        Assert.Equal(EtatDuDossier.Approuve, (await Bot.Services.GetRequiredService<DossiersStockes>().ChargerAsync(sain.Id, CancellationToken.None))!.Dossier.Etat);
        var attente = Canal.AttendreAsync(EstLeSignalement);
        for (var tic = 0; tic < 8 && !attente.IsCompleted; tic++)
        {
            await Travaux.UnTourAsync(_horloge, Travaux.EcheancesDesVotes, Tic, Bot);
        }

        var signalement = await attente;
        Assert.Contains("Initiative locale du CPAS de Seraing", signalement.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        for (var tic = 0; tic < 4; tic++)
        {
            await Travaux.UnTourAsync(_horloge, Travaux.EcheancesDesVotes, Tic, Bot);
        }

        Assert.Single(Canal.Requetes, EstLeSignalement);
    }
}
