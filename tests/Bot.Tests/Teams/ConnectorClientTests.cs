using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using Conventions.Membres;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Teams;

[Collection(AzuriteGroupe.Nom)]
public sealed class ConnectorClientTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private const string Conversation = "19:comite@thread.tacv2";

    private ConnectorClient Client => Bot.Services.GetRequiredService<ConnectorClient>();

    [Fact]
    public async Task Send_On429WithRetryAfter_WaitsThenDeliversOnce()
    {
        Canal.ImposerReponse(429, retryAfter: TimeSpan.FromSeconds(1));
        var chrono = Stopwatch.StartNew();

        var reponse = await Client.EnvoyerAsync(Canal.ServiceUrl, Conversation, Activity.Texte("Bonjour"), CancellationToken.None);

        Assert.StartsWith("message-", reponse.Id, StringComparison.Ordinal);
        Assert.True(chrono.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {chrono.Elapsed}");
        var envois = Canal.Requetes.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, envois.Count);
        Assert.True(envois[1].At - envois[0].At >= TimeSpan.FromSeconds(0.95));
        Assert.All(envois, e => Assert.Equal(JetonSortant, e.Authorization));
    }

    [Fact]
    public async Task Send_On502_IsNotResentBecauseItMayHaveBeenDelivered()
    {
        Canal.ImposerReponse(502);

        var erreur = await Assert.ThrowsAsync<ConnectorException>(() => Client.EnvoyerAsync(Canal.ServiceUrl, Conversation, Activity.Texte("Bonjour"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, erreur.Statut);
        Assert.Single(Canal.Requetes);
    }

    [Fact]
    public async Task Update_On504ThenOk_IsRetriedWithTheFullActivity()
    {
        Canal.ImposerReponse(504);

        await Client.MettreAJourAsync(Canal.ServiceUrl, Conversation, "1700000000001", Activity.Texte("Décompte : 3 votes"), CancellationToken.None);

        var misesAJour = Canal.Requetes.Where(r => r.Method == "PUT").ToList();
        Assert.Equal(2, misesAJour.Count);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities/1700000000001", misesAJour[1].Path);
        Assert.Equal("1700000000001", misesAJour[1].Json.GetProperty("id").GetString());
        Assert.Equal("Décompte : 3 votes", misesAJour[1].Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Send_NullFieldsAreLeftOut_TheConnectorRejectsThem()
    {
        await Client.EnvoyerAsync(Canal.ServiceUrl, Conversation, Activity.Texte("Bonjour"), CancellationToken.None);

        var corps = Canal.Requetes.Single().Body;
        Assert.DoesNotContain("null", corps, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"message\"", corps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_And_ChannelThread_HaveTheConnectorShapes()
    {
        await Client.SupprimerAsync(Canal.ServiceUrl, Conversation, "42", CancellationToken.None);
        var fil = await Client.CreerConversationAsync(Canal.ServiceUrl, ConversationParameters.FilDansCanal(Conversation, BotHost.TenantId, Activity.Texte("Ouverture du vote")), CancellationToken.None);

        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities/42", Canal.Requetes.Single(r => r.Method == "DELETE").Path);
        var creation = Canal.Requetes.Single(r => r.Path == "/v3/conversations");
        Assert.True(creation.Json.GetProperty("isGroup").GetBoolean());
        Assert.Equal(Conversation, creation.Json.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("Ouverture du vote", creation.Json.GetProperty("activity").GetProperty("text").GetString());
        Assert.NotNull(fil.Id);
    }

    [Fact]
    public async Task Members_AreReadPageAfterPage()
    {
        foreach (var i in Enumerable.Range(1, 1203))
        {
            Canal.Membres.Add(new { id = $"29:membre-{i}", name = $"Membre {i}", aadObjectId = Guid.NewGuid().ToString() });
        }

        var membres = new List<TeamsMember>();
        await foreach (var membre in Client.TousLesMembresAsync(Canal.ServiceUrl, Conversation, CancellationToken.None))
        {
            membres.Add(membre);
        }

        Assert.Equal(1203, membres.Select(m => m.Id).Distinct().Count());
        Assert.Equal(3, Canal.Requetes.Count(r => r.Path.EndsWith("/pagedmembers", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Send_ToAHostOffTheAllowList_NeverLeavesTheBot()
    {
        await Assert.ThrowsAsync<ServiceUrlRefuseeException>(() => Client.EnvoyerAsync("https://attacker.example/", Conversation, Activity.Texte("x"), CancellationToken.None));
        await Assert.ThrowsAsync<ServiceUrlRefuseeException>(() => Client.EnvoyerAsync("http://smba.trafficmanager.net/emea/", Conversation, Activity.Texte("x"), CancellationToken.None));
    }

    [Fact]
    public async Task Proactive_ToAMemberSeenOnlyInAChannel_OpensTheirPersonalChatOnceThenReusesIt()
    {
        await Bot.EnvoyerAsync(Activities.MessageDansLeCanal(Canal.ServiceUrl, "aide"), JetonValide());
        await Canal.AttendreAsync(r => r.Method == "POST");
        Canal.Oublier();
        var messagerie = Bot.Services.GetRequiredService<ProactiveMessenger>();
        var sophie = MembreId.Depuis(Activities.SophieObjectId);

        var premier = await messagerie.EnvoyerAsync(sophie, Activity.Texte("Rappel : vote demain"), CancellationToken.None);
        var second = await messagerie.EnvoyerAsync(sophie, Activity.Texte("Rappel : vote aujourd'hui"), CancellationToken.None);

        Assert.Equal(ResultatEnvoi.Envoye, premier);
        Assert.Equal(ResultatEnvoi.Envoye, second);
        var creation = Assert.Single(Canal.Requetes, r => r.Path == "/v3/conversations");
        Assert.False(creation.Json.GetProperty("isGroup").GetBoolean());
        Assert.Equal(Activities.SophieId, creation.Json.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(BotHost.TenantId, creation.Json.GetProperty("tenantId").GetString());
        var envois = Canal.Requetes.Where(r => r.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, envois.Count);
        Assert.All(envois, e => Assert.Contains("a%3Aconversation-", e.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Proactive_ToAMemberWhoBlockedTheBot_IsReportedNotSilent()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());
        await Canal.AttendreAsync(r => r.Method == "POST");
        Canal.ImposerReponse(403, corps: """{"error":{"code":"Forbidden","message":"MessageWritesBlocked"}}""");

        var resultat = await Bot.Services.GetRequiredService<ProactiveMessenger>()
            .EnvoyerAsync(MembreId.Depuis(Activities.SophieObjectId), Activity.Texte("Rappel"), CancellationToken.None);

        Assert.Equal(ResultatEnvoi.Bloque, resultat);
    }

    [Fact]
    public async Task Proactive_ToAMemberNeverSeen_SaysTheyCannotBeReached()
    {
        var resultat = await Bot.Services.GetRequiredService<ProactiveMessenger>()
            .EnvoyerAsync(MembreId.Depuis(Guid.NewGuid().ToString()), Activity.Texte("Rappel"), CancellationToken.None);

        Assert.Equal(ResultatEnvoi.MembreInjoignable, resultat);
        Assert.Empty(Canal.Requetes);
    }
}
