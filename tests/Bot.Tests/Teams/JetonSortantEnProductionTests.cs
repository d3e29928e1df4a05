using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Teams;

/// <summary>
/// The outbound token in the Production configuration, for each credential kind the README documents, through
/// Microsoft.Identity.Web and MSAL for real: only the network is redirected, to a fake Entra that checks the
/// secret, the certificate's signed assertion or the App Service managed-identity header.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class JetonSortantEnProductionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeChannel _canal = null!;
    private FakeEntra _entra = null!;

    public async Task InitializeAsync()
    {
        _canal = await FakeChannel.DemarrerAsync();
        _entra = await FakeEntra.DemarrerAsync();
    }

    public async Task DisposeAsync()
    {
        await _entra.DisposeAsync();
        await _canal.DisposeAsync();
    }

    [Fact]
    public async Task Reply_WithAClientSecret_CarriesTheTokenEntraIssued()
    {
        _entra.SecretAttendu = "secret-de-l-application";
        await using var bot = await DemarrerAsync(c => c["AzureAd:ClientSecret"] = "secret-de-l-application");

        await VerifierLaReponseAsync(bot, "entra-secret-");
    }

    [Fact]
    public async Task Classer_WithAClientSecret_GraphGetsTheBotsGraphTokenFromEntra_TheDocumentFiled()
    {
        _entra.SecretAttendu = "secret-de-l-application";
        await using var graph = await FakeGraph.DemarrerAsync();
        await using var bot = await DemarrerAsync(c =>
        {
            c["AzureAd:ClientSecret"] = "secret-de-l-application";
            c["Graph:Adresse"] = graph.Adresse.ToString();
            c["Classement:SharePoint:SiteId"] = FakeGraph.Site;
            c["Classement:SharePoint:Bibliotheque"] = FakeGraph.Bibliotheque;
        });
        var document = new TeamsConventions.Application.Classement.DocumentAClasser("convention-v1.docx", [1, 2, 3], new TeamsConventions.Application.Classement.MetadonneesDeClassement(
            Conventions.Accords.ConventionId.Nouveau(), "partenariat-asbl", "ASBL A — ASBL B", DateTimeOffset.UtcNow, "En vigueur", null, "sha256:x"));

        await bot.Services.GetRequiredService<TeamsConventions.Application.Classement.IBibliothequeDeClassement>().ClasserAsync(document, CancellationToken.None);

        Assert.Single(graph.Fichiers);
        var jeton = Assert.Single(_entra.JetonsEmis);
        Assert.StartsWith("entra-secret-", jeton, StringComparison.Ordinal);
        Assert.All(graph.Autorisations, a => Assert.Equal($"Bearer {jeton}", a));
    }

    [Fact]
    public async Task Reply_WithClientCredentialsSecret_CarriesTheTokenEntraIssued()
    {
        _entra.SecretAttendu = "secret-de-l-application";
        await using var bot = await DemarrerAsync(c =>
        {
            c["AzureAd:ClientSecret"] = null;
            c["AzureAd:ClientCredentials:0:SourceType"] = "ClientSecret";
            c["AzureAd:ClientCredentials:0:ClientSecret"] = "secret-de-l-application";
        });

        await VerifierLaReponseAsync(bot, "entra-secret-");
    }

    [Fact]
    public async Task Reply_WithACertificate_CarriesTheTokenEntraIssuedForItsSignedAssertion()
    {
        using var cle = RSA.Create(2048);
        var demande = new CertificateRequest("CN=TeamsConventions", cle, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificat = demande.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        using var publique = X509CertificateLoader.LoadCertificate(certificat.Export(X509ContentType.Cert));
        _entra.CertificatAttendu = publique;
        await using var bot = await DemarrerAsync(c =>
        {
            c["AzureAd:ClientSecret"] = null;
            c["AzureAd:ClientCredentials:0:SourceType"] = "Base64Encoded";
            c["AzureAd:ClientCredentials:0:Base64EncodedValue"] = Convert.ToBase64String(certificat.Export(X509ContentType.Pkcs12));
        });

        await VerifierLaReponseAsync(bot, "entra-certificat-");
    }

    [Fact]
    public async Task Reply_WithTheAppServiceManagedIdentity_CarriesTheTokenTheIdentityEndpointIssued()
    {
        const string identite = "6b1e4a7c-2f3d-4e5a-9b8c-7d6e5f4a3b2c";
        _entra.IdentiteGereeAttendue = identite;
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _entra.PointDIdentite);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", FakeEntra.EnteteDIdentite);
        try
        {
            await using var bot = await DemarrerAsync(c =>
            {
                c["AzureAd:ClientSecret"] = null;
                c["AzureAd:ManagedIdentityClientId"] = identite;
            });

            await VerifierLaReponseAsync(bot, "entra-identite-geree-");
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }

    [Fact]
    public async Task Reply_WhenEntraRefusesTheSecret_Is503WithWhatToFixNeverA500()
    {
        _entra.SecretAttendu = "le-bon-secret";
        await using var bot = await DemarrerAsync(c => c["AzureAd:ClientSecret"] = "un-secret-perime");

        using var reponse = await bot.EnvoyerAsync(Activities.Message(_canal.ServiceUrl, "aide"), Jeton());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reponse.StatusCode);
        Assert.DoesNotContain(_canal.Requetes, r => r.Method == "POST");
    }

    [Fact]
    public async Task Reply_WhenEntraIsDown_Is503SoThatTeamsRedelivers()
    {
        _entra.SecretAttendu = "secret-de-l-application";
        for (var i = 0; i < 10; i++)
        {
            _entra.ImposerEchec(503);
        }

        await using var bot = await DemarrerAsync(c => c["AzureAd:ClientSecret"] = "secret-de-l-application");

        using var reponse = await bot.EnvoyerAsync(Activities.Message(_canal.ServiceUrl, "aide"), Jeton());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reponse.StatusCode);
    }

    [Theory]
    [InlineData(null, "AzureAd:ClientSecret")]
    [InlineData("Base64Encoded", "AzureAd:ClientCredentials:0:Base64EncodedValue")]
    public async Task Start_InProductionWithoutAUsableCredential_StopsNamingTheSetting(string? sorte, string reglage)
    {
        var erreur = await Assert.ThrowsAnyAsync<Exception>(() => DemarrerAsync(c =>
        {
            c["AzureAd:ClientSecret"] = null;
            if (sorte is not null)
            {
                c["AzureAd:ClientCredentials:0:SourceType"] = sorte;
            }
        }));

        Assert.Contains(reglage, erreur.ToString(), StringComparison.Ordinal);
    }

    private async Task VerifierLaReponseAsync(BotHost bot, string prefixeDuJeton)
    {
        using var reponse = await bot.EnvoyerAsync(Activities.Message(_canal.ServiceUrl, "aide"), Jeton());

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var envoi = await _canal.AttendreAsync(r => r.Method == "POST");
        var jeton = Assert.Single(_entra.JetonsEmis);
        Assert.StartsWith(prefixeDuJeton, jeton, StringComparison.Ordinal);
        Assert.Equal($"Bearer {jeton}", envoi.Authorization);
    }

    private string Jeton() => TokenFactory.Emettre(_canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, _canal.ServiceUrl, DateTime.UtcNow.AddMinutes(30));

    private Task<BotHost> DemarrerAsync(Action<Dictionary<string, string?>> credentiel) =>
        BotHost.DemarrerAsync(
            azurite.Azurite,
            _canal,
            credentiel,
            services => services.AddSingleton<IMsalHttpClientFactory>(new MsalVersFakeEntra(_entra)),
            environnement: "Production");
}
