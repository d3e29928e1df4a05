using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsConventions.Bot;
using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Testing;

/// <summary>The real bot on a real Kestrel port, wired to Azurite and to a fake channel.</summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "8f1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f";
    public const string TenantId = "5b1f6d6e-3c2a-4f0e-9a51-2c7d8e9f1a01";

    /// <summary>The key signing document links in tests (32 bytes, base64).</summary>
    public const string CleDesLiens = "dGVzdHMtb25seS1rZXktZm9yLWRvY3VtZW50LWxpbmtzIQ==";

    /// <summary>The key wrapping secret votes' keys in tests (32 bytes, base64).</summary>
    public const string CleDesVotesSecrets = "dGVzdHMtb25seS1rZXktZm9yLXNlY3JldC1iYWxsb3RzIQ==";

    private readonly WebApplication _app;

    private BotHost(WebApplication app, Uri adresse, string prefixe)
    {
        _app = app;
        Adresse = adresse;
        TablePrefix = prefixe;
        Http = new HttpClient { BaseAddress = adresse, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Adresse { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public string TablePrefix { get; }

    /// <summary>
    /// Starts the bot. With a fake channel it authenticates like in Azure (app id, tenant, metadata served by the
    /// channel); without one it runs as for the Agents Playground (Development, anonymous, loopback only).
    /// <paramref name="configuration"/> can change any setting, <paramref name="services"/> any service.
    /// </summary>
    public static async Task<BotHost> DemarrerAsync(
        Azurite azurite,
        FakeChannel? canal,
        Action<Dictionary<string, string?>>? configuration = null,
        Action<IServiceCollection>? services = null,
        string environnement = "Testing")
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var prefixe = "t" + Guid.NewGuid().ToString("N")[..12];
        var reglages = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefixe,
            ["AzureAd:ClientId"] = canal is null ? string.Empty : AppId,
            ["AzureAd:TenantId"] = canal is null ? string.Empty : TenantId,
            ["AzureAd:ClientSecret"] = canal is null ? null : "secret-des-tests",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Dossiers:AdressePublique"] = "http://127.0.0.1/",
            ["Dossiers:CleDesLiens"] = CleDesLiens,
            ["Storage:CleDesVotesSecrets"] = CleDesVotesSecrets,
            // Production files in SharePoint (a site the tests that need Graph fake); elsewhere in a folder of its own.
            ["Classement:Bibliotheque"] = environnement == "Production" ? "SharePoint" : "DossierLocal",
            ["Classement:Dossier"] = Path.Combine(Bibliotheques, prefixe),
            ["Classement:SharePoint:SiteId"] = "contoso.sharepoint.com,1b2c3d4e-0000-4000-8000-000000000001,5f6a7b8c-0000-4000-8000-000000000002",
            ["Classement:SharePoint:Bibliotheque"] = "Conventions signées",
            ["Classement:Sceau:Certificat"] = environnement == "Production" ? CertificatDeTest.EnBase64 : null,
            // Production sends e-mails through Graph (the secretariat's mailbox); elsewhere as .eml files in a folder of its own.
            ["Courriel:Envoi"] = environnement == "Production" ? "Graph" : "DossierLocal",
            ["Courriel:Dossier"] = Path.Combine(Courriels, prefixe),
            ["Courriel:Expediteur"] = "secretariat@forem.example",
            ["Evaluations:Calendrier"] = environnement == "Production" ? "Outlook" : "DossierLocal",
            ["Evaluations:Dossier"] = Path.Combine(Courriels, prefixe + "-calendrier"),
            ["Evaluations:Organisateur"] = "secretariat@forem.example",
        };
        if (canal is not null)
        {
            reglages["Bot:BotFrameworkOpenIdMetadataUrl"] = canal.BotFrameworkMetadataUrl;
            reglages["Bot:EntraOpenIdMetadataUrlTemplate"] = canal.EntraMetadataUrlTemplate;
            reglages["Bot:AllowedServiceUrlHosts:100"] = "127.0.0.1";
        }

        configuration?.Invoke(reglages);
        var app = BotApplication.Create(
            ["--urls", "http://127.0.0.1:0", "--environment", environnement],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(reglages);
                builder.Logging.ClearProviders();
                services?.Invoke(builder.Services);
            });
        await app.StartAsync();
        return new BotHost(app, BoundAddress.De(app), prefixe);
    }

    public Task<HttpResponseMessage> EnvoyerAsync(JsonNode activite, string? jeton) =>
        EnvoyerBrutAsync(activite.ToJsonString(), "application/json", jeton);

    public async Task<HttpResponseMessage> EnvoyerBrutAsync(string corps, string contentType, string? jeton)
    {
        using var requete = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(corps, Encoding.UTF8, contentType),
        };
        if (jeton is not null)
        {
            requete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jeton);
        }

        return await Http.SendAsync(requete);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var dossier in new[] { Path.Combine(Bibliotheques, TablePrefix), DossierDesCourriels, DossierDesCourriels + "-calendrier" })
        {
            if (Directory.Exists(dossier))
            {
                Directory.Delete(dossier, recursive: true);
            }
        }
    }

    /// <summary>Where this bot writes its e-mails when it sends them to a folder (<c>Courriel:Envoi DossierLocal</c>).</summary>
    public string DossierDesCourriels => Path.Combine(Courriels, TablePrefix);

    private static string Courriels => Path.Combine(Path.GetTempPath(), "teamsconventions-courriels");

    /// <summary>Where each bot's folder library is, one folder per bot.</summary>
    private static string Bibliotheques => Path.Combine(Path.GetTempPath(), "teamsconventions-bibliotheque");
}
