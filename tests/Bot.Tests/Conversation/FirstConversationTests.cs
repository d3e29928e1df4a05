using System.Net;
using System.Text.Json;
using Conventions.Membres;
using Conventions.Suivi;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Conversation;

[Collection(AzuriteGroupe.Nom)]
public sealed class FirstConversationTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private static string CheminReponse(string activityId) => $"/v3/conversations/{Uri.EscapeDataString(Activities.ConversationPersonnelle)}/activities/{activityId}";

    [Fact]
    public async Task Aide_InFrench_RepliesWithTheHelpCardToThatMessage()
    {
        var message = Activities.Message(Canal.ServiceUrl, "Aide !");

        await Bot.EnvoyerAsync(message, JetonValide());

        var reponse = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Equal(CheminReponse(message["id"]!.GetValue<string>()), reponse.Path);
        Assert.Equal("Ce que je sais faire", reponse.Carte.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("1.5", reponse.Carte.GetProperty("version").GetString());
        Assert.Contains("mes dossiers", reponse.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Equal(message["id"]!.GetValue<string>(), reponse.Json.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task Help_FromAnEnglishClient_RepliesInEnglish()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "help", locale: "en-GB"), JetonValide());

        var reponse = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Contains("What I can do", reponse.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Contains("my items", reponse.TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_WhenTheOrganisationImposesFrench_RepliesInFrenchEvenToAnEnglishClient()
    {
        await using var bot = await DemarrerBotAsync(c => c["Bot:Langue"] = "fr-BE");

        await bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "help", locale: "en-US"), JetonValide());

        Assert.Contains("Ce que je sais faire", (await Canal.AttendreAsync(r => r.Method == "POST")).TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installation_InAPersonalChat_SendsTheWelcomeCardOnce()
    {
        var installation = Activities.BotInstalle(Canal.ServiceUrl);

        await Bot.EnvoyerAsync(installation, JetonValide());
        await Bot.EnvoyerAsync(installation, JetonValide());

        var accueil = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(Activities.ConversationPersonnelle)}/activities", accueil.Path);
        Assert.Contains("Bienvenue dans TeamsConventions", accueil.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Contains("Mes dossiers", accueil.TexteDeLaCarte, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Single(Canal.Requetes, r => r.Method == "POST");
    }

    [Fact]
    public async Task Installation_InATeam_WelcomesTheCommitteeInTheGeneralChannel()
    {
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());

        var accueil = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(Activities.EquipeId)}/activities", accueil.Path);
        Assert.Contains("le comité pourra voter", accueil.TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_QuotesItAndSuggestsTheCommands()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "Quand est le prochain comité ?"), JetonValide());

        var reponse = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Contains("Je n'ai pas compris «\u00a0Quand est le prochain comité ?\u00a0».", reponse.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Contains("Essayez une de ces commandes", reponse.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Equal(2, reponse.Carte.GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task Mention_InAChannel_IsUnderstoodAndAnsweredInTheThread()
    {
        var message = Activities.MessageDansLeCanal(Canal.ServiceUrl, "aide");

        await Bot.EnvoyerAsync(message, JetonValide());

        var reponse = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.StartsWith($"/v3/conversations/{Uri.EscapeDataString(Activities.CanalVotes)}", reponse.Path, StringComparison.Ordinal);
        Assert.Contains("Ce que je fais dans ce canal", reponse.TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MesDossiers_WithNothingYet_ExplainsTheEmptyState()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "mes dossiers"), JetonValide());

        var reponse = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Contains("Vous n'avez encore aucun dossier", reponse.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Contains("il apparaîtra ici", reponse.TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MesDossiers_ListsWhatWaitsFirstMostUrgentFirst_FromStorage()
    {
        var sophie = MembreId.Depuis(Activities.SophieObjectId);
        var elements = Bot.Services.GetRequiredService<IElementsSuivis>();
        var maintenant = DateTimeOffset.UtcNow;
        await elements.EnregistrerAsync(sophie, new ElementSuivi("D-2026-014", NatureElement.Dossier, "Dossier CPAS de Seraing — 2027", EtatElement.EnCours, null), CancellationToken.None);
        await elements.EnregistrerAsync(sophie, new ElementSuivi("V-77", NatureElement.Vote, "Plan d'actions du bassin de Liège", EtatElement.ActionAttendue, maintenant.AddDays(3)), CancellationToken.None);
        await elements.EnregistrerAsync(sophie, new ElementSuivi("S-12", NatureElement.Signature, "Convention Forem–CPAS de Herstal", EtatElement.ActionAttendue, maintenant.AddDays(-1)), CancellationToken.None);
        await elements.EnregistrerAsync(sophie, new ElementSuivi("E-3", NatureElement.Evaluation, "Évaluation 2025 — clôturée", EtatElement.Termine, maintenant.AddDays(-90)), CancellationToken.None);

        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "Mes dossiers"), JetonValide());

        var texte = (await Canal.AttendreAsync(r => r.Method == "POST")).TexteDeLaCarte;
        var ordre = new[] { "En attente de votre action", "Convention Forem–CPAS de Herstal", "En retard", "Plan d'actions du bassin de Liège", "En cours", "Dossier CPAS de Seraing — 2027" }
            .Select(t => texte.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, ordre);
        Assert.Equal(ordre.Order(), ordre);
        Assert.DoesNotContain("clôturée", texte, StringComparison.Ordinal);
        Assert.Contains("Signature · Échéance", texte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MesDossiers_AStoredItemBreakingADomainRule_GetsAFrenchExplanationNotA5xx()
    {
        var prefixe = Bot.TablePrefix;
        var table = new Azure.Data.Tables.TableClient(Stockage.Azurite.ConnectionString, prefixe + "ElementsSuivis");
        await table.AddEntityAsync(new Azure.Data.Tables.TableEntity(Activities.SophieObjectId, "Dossier:D-9")
        {
            ["Nature"] = "Dossier", ["Reference"] = "D-9", ["Intitule"] = " ", ["Etat"] = "EnCours",
        });

        var message = await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "mes dossiers"), JetonValide());
        var bouton = await Bot.EnvoyerAsync(Activities.Action(Canal.ServiceUrl, "mesElements"), JetonValide());

        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        var reponse = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Equal("L'élément D-9 n'a pas d'intitulé\u00a0: donnez-lui un titre.", reponse.Json.GetProperty("text").GetString());
        var corps = JsonDocument.Parse(await bouton.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, corps.GetProperty("statusCode").GetInt32());
        Assert.Equal("intitule-manquant", corps.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task MesElementsButton_AnswersTheCardInTheInvokeResponse()
    {
        var reponse = await Bot.EnvoyerAsync(Activities.Action(Canal.ServiceUrl, "mesElements"), JetonValide());

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var corps = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, corps.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", corps.GetProperty("type").GetString());
        Assert.Equal("Mes dossiers et conventions", corps.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task MesDossiers_WithoutEntraIdentity_SaysWhyNothingCanBeListed()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "mes dossiers", objectId: null), JetonValide());

        Assert.Contains("votre compte Microsoft Entra", (await Canal.AttendreAsync(r => r.Method == "POST")).TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedeliveredMessage_SameId_IsAnsweredOnce()
    {
        var message = Activities.Message(Canal.ServiceUrl, "aide");

        var reponses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Bot.EnvoyerAsync(message.DeepClone(), JetonValide())));

        Assert.All(reponses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Canal.AttendreAsync(r => r.Method == "POST");
        await Task.Delay(300);
        Assert.Single(Canal.Requetes, r => r.Method == "POST");
    }

    [Fact]
    public async Task ReplyFailure_Is503_AndTheChannelsRedeliveryIsThenHandled()
    {
        var message = Activities.Message(Canal.ServiceUrl, "aide");
        Canal.ImposerReponse(500);

        var premiere = await Bot.EnvoyerAsync(message, JetonValide());
        var redelivree = await Bot.EnvoyerAsync(message.DeepClone(), JetonValide());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, premiere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivree.StatusCode);
        Assert.Equal(2, Canal.Requetes.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task Aide_InAChannel_ShowsTheChannelsOwnCommandsWithTheMention_AndWhatTheChannelIsFor()
    {
        await Bot.EnvoyerAsync(Activities.MessageDansLeCanal(Canal.ServiceUrl, "aide"), JetonValide());

        var aide = (await Canal.AttendreAsync(r => r.Method == "POST")).TexteDeLaCarte;
        Assert.Contains("Ce que je fais dans ce canal", aide, StringComparison.Ordinal);
        Assert.Contains("@TeamsConventions comité", aide, StringComparison.Ordinal);
        Assert.Contains("n'accueille encore aucun comité", aide, StringComparison.Ordinal);
        Assert.DoesNotContain("rejoindre", aide, StringComparison.Ordinal);
        Assert.DoesNotContain("nouveau dossier", aide, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welcome_InATeam_TellsToMentionTheBot()
    {
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());

        var accueil = (await Canal.AttendreAsync(r => r.Method == "POST")).TexteDeLaCarte;
        Assert.Contains("mentionnez-moi", accueil, StringComparison.Ordinal);
        Assert.Contains("@TeamsConventions aide", accueil, StringComparison.Ordinal);
        Assert.DoesNotContain("Tapez", accueil, StringComparison.Ordinal);
    }
}
