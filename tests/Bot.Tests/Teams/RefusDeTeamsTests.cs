using System.Diagnostics;
using System.Net;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Teams;

/// <summary>
/// What Teams' answers to the bot's reply mean for the activity being handled: a permanent refusal is acknowledged
/// (re-delivering it would fail the same way), a transient one asks Teams to re-deliver, never a 500.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class RefusDeTeamsTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    [Theory]
    [InlineData(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""")]
    [InlineData(403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""")]
    public async Task Reply_RefusedForGood_IsAcknowledgedAndNeitherRetriedNorRedone(int statut, string corps)
    {
        Canal.ImposerReponse(statut, corps: corps);
        var message = Activities.Message(Canal.ServiceUrl, "aide");

        using var premiere = await Bot.EnvoyerAsync(message, JetonValide());
        using var redelivree = await Bot.EnvoyerAsync(message, JetonValide());

        Assert.Equal(HttpStatusCode.OK, premiere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivree.StatusCode);
        Assert.Single(Canal.Requetes, r => r.Method == "POST");
    }

    [Fact]
    public async Task Reply_InA429StormLongerThanTheBudget_Is503NeverA500AndWithinTeamsTime()
    {
        for (var i = 0; i < 20; i++)
        {
            Canal.ImposerReponse(429, retryAfter: TimeSpan.FromSeconds(1));
        }

        var chrono = Stopwatch.StartNew();
        using var reponse = await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reponse.StatusCode);
        Assert.True(chrono.Elapsed < ResilienceDuConnecteur.DureeTotale + TimeSpan.FromSeconds(2.5), $"answered after {chrono.Elapsed}");
        Assert.Equal(1 + ResilienceDuConnecteur.NouvellesTentatives, Canal.Requetes.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task Reply_WithARetryAfterBeyondTheBudget_IsNotWaitedFor()
    {
        Canal.ImposerReponse(429, retryAfter: TimeSpan.FromSeconds(30));

        var chrono = Stopwatch.StartNew();
        using var reponse = await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reponse.StatusCode);
        Assert.True(chrono.Elapsed < TimeSpan.FromSeconds(10), $"answered after {chrono.Elapsed}: the 30 s Retry-After was waited for");
        Assert.Single(Canal.Requetes, r => r.Method == "POST");
    }

    [Fact]
    public async Task Reply_AfterATransientFailure_IsHandledAgainWhenTeamsRedelivers()
    {
        Canal.ImposerReponse(503);
        var message = Activities.Message(Canal.ServiceUrl, "aide");

        using var premiere = await Bot.EnvoyerAsync(message, JetonValide());
        using var redelivree = await Bot.EnvoyerAsync(message, JetonValide());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, premiere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivree.StatusCode);
        Assert.Contains(Canal.Requetes, r => r.Method == "POST" && r.TexteDeLaCarte.Contains("Ce que je sais faire", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_WhenTheSigningKeysCannotBeFetched_Is503SayingSoNeverA500()
    {
        var fermee = $"http://127.0.0.1:{FreePort.Trouver()}/";
        await using var bot = await DemarrerBotAsync(c =>
        {
            c["Bot:BotFrameworkOpenIdMetadataUrl"] = fermee + "botframework/openidconfiguration";
            c["Bot:EntraOpenIdMetadataUrlTemplate"] = fermee + "entra/{tenantId}/v2.0/.well-known/openid-configuration";
        });

        using var reponse = await bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reponse.StatusCode);
        Assert.Contains("momentanément indisponible", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Canal.Requetes);
    }
}
