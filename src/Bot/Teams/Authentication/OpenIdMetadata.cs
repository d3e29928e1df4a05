using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TeamsConventions.Bot.Teams.Authentication;

/// <summary>
/// One cached OpenID configuration (and its signing keys) per metadata URL, refreshed every 12 h and on demand
/// when a token names a key we do not know yet (key rollover). Plain http is accepted for loopback test servers only.
/// </summary>
public sealed class OpenIdMetadata(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "openid-metadata";

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _managers = new(StringComparer.Ordinal);

    public Task<OpenIdConnectConfiguration> ObtenirAsync(string metadataUrl, CancellationToken cancellationToken) =>
        Manager(metadataUrl).GetConfigurationAsync(cancellationToken);

    public void DemanderRafraichissement(string metadataUrl) => Manager(metadataUrl).RequestRefresh();

    private ConfigurationManager<OpenIdConnectConfiguration> Manager(string metadataUrl) =>
        _managers.GetOrAdd(metadataUrl, url => new ConfigurationManager<OpenIdConnectConfiguration>(
            url,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = !new Uri(url).IsLoopback })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(1),
        });
}
