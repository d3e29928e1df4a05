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

    public async Task<OpenIdConnectConfiguration> ObtenirAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        try
        {
            return await Manager(metadataUrl).GetConfigurationAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw new MetadonneesIndisponiblesException(metadataUrl, e);
        }
    }

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

/// <summary>The signing keys could not be fetched (and none are cached yet): tokens cannot be checked for now.</summary>
public sealed class MetadonneesIndisponiblesException(string metadataUrl, Exception cause)
    : Exception($"The OpenID metadata at {metadataUrl} could not be read ({cause.Message}); inbound tokens cannot be validated until it can. Check the network and Bot:BotFrameworkOpenIdMetadataUrl / Bot:EntraOpenIdMetadataUrlTemplate.", cause);
