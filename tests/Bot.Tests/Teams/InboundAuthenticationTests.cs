using System.Net;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Teams;

[Collection(AzuriteGroupe.Nom)]
public sealed class InboundAuthenticationTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private static DateTime DansUneHeure => DateTime.UtcNow.AddHours(1);

    [Fact]
    public async Task Post_BotFrameworkToken_IsAcceptedAndAnswered()
    {
        var reponse = await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var envoi = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Equal(JetonSortant, envoi.Authorization);
    }

    [Fact]
    public async Task Post_WrongAudience_Is401()
    {
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, Guid.NewGuid().ToString(), Canal.ServiceUrl, DansUneHeure);

        await AssertRefuseAsync(jeton, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_UntrustedIssuer_Is401()
    {
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, "https://api.botframework.example", BotHost.AppId, Canal.ServiceUrl, DansUneHeure);

        await AssertRefuseAsync(jeton, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_ExpiredBeyondFiveMinutes_Is401()
    {
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, Canal.ServiceUrl, DateTime.UtcNow.AddMinutes(-6));

        await AssertRefuseAsync(jeton, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_ExpiredWithinClockSkew_IsAccepted()
    {
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, Canal.ServiceUrl, DateTime.UtcNow.AddMinutes(-3));

        var reponse = await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), jeton);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
    }

    [Fact]
    public async Task Post_SignatureFromUnpublishedKey_Is401()
    {
        var jeton = TokenFactory.Emettre(Canal.Jetons.Usurpatrice, TokenFactory.BotFrameworkIssuer, BotHost.AppId, Canal.ServiceUrl, DansUneHeure);

        await AssertRefuseAsync(jeton, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersFromActivity_Is403()
    {
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, "https://smba.trafficmanager.net/emea/", DansUneHeure);

        await AssertRefuseAsync(jeton, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_BotFrameworkTokenWithoutServiceUrlClaim_Is403()
    {
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, serviceUrl: null, DansUneHeure);

        await AssertRefuseAsync(jeton, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForTeams_Is403()
    {
        var jeton = TokenFactory.Emettre(Canal.Jetons.Webchat, TokenFactory.BotFrameworkIssuer, BotHost.AppId, Canal.ServiceUrl, DansUneHeure);

        await AssertRefuseAsync(jeton, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_MissingAuthorizationOutsideDevelopment_Is401()
    {
        await AssertRefuseAsync(jeton: null, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_EntraTokenFromBotTenant_IsAccepted()
    {
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.EntraIssuer(BotHost.TenantId), BotHost.AppId, Canal.ServiceUrl, DansUneHeure, tenantId: BotHost.TenantId);

        var reponse = await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), jeton);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
    }

    [Fact]
    public async Task Post_EntraTokenFromAnotherTenant_Is401()
    {
        const string autreTenant = "0e9f8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f";
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.EntraIssuer(autreTenant), BotHost.AppId, Canal.ServiceUrl, DansUneHeure, tenantId: autreTenant);

        await AssertRefuseAsync(jeton, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_ValidTokenForServiceUrlOffTheAllowList_Is403AndNothingIsSent()
    {
        const string ailleurs = "https://connector.example.org/";
        var jeton = TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, ailleurs, DansUneHeure);

        var reponse = await Bot.EnvoyerAsync(Activities.Message(ailleurs, "aide"), jeton);

        Assert.Equal(HttpStatusCode.Forbidden, reponse.StatusCode);
        Assert.Empty(Canal.Requetes);
    }

    [Fact]
    public async Task Post_AnonymousInDevelopmentFromLoopback_IsAnswered()
    {
        await using var bot = await DemarrerBotAsync(c => c["AzureAd:ClientId"] = string.Empty, environnement: "Development");

        var reponse = await bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), jeton: null);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var envoi = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Null(envoi.Authorization);
    }

    [Fact]
    public async Task Post_AnonymousInDevelopmentForRemoteServiceUrl_Is401()
    {
        await using var bot = await DemarrerBotAsync(c => c["AzureAd:ClientId"] = string.Empty, environnement: "Development");

        var reponse = await bot.EnvoyerAsync(Activities.Message("https://smba.trafficmanager.net/emea/", "aide"), jeton: null);

        Assert.Equal(HttpStatusCode.Unauthorized, reponse.StatusCode);
    }

    [Fact]
    public async Task Start_WithoutAppIdOutsideDevelopment_FailsWithTheSettingToFix()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["AzureAd:ClientId"] = string.Empty));

        Assert.Contains("AzureAd:ClientId", erreur.Message, StringComparison.Ordinal);
    }

    private async Task AssertRefuseAsync(string? jeton, HttpStatusCode attendu)
    {
        var reponse = await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), jeton);

        Assert.Equal(attendu, reponse.StatusCode);
        Assert.DoesNotContain(" at ", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canal.Requetes, r => r.Path.StartsWith("/v3/", StringComparison.Ordinal));
    }
}
