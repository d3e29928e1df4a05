using Microsoft.Identity.Client;

namespace TeamsConventions.Testing;

/// <summary>
/// MSAL's HTTP client factory for tests: requests meant for Entra's public host go to the <see cref="FakeEntra"/>
/// on loopback, unchanged otherwise (path, query, form). Registered in the bot's services, Microsoft.Identity.Web
/// hands it to MSAL, so the bot's own configuration (<c>AzureAd:Instance</c>) stays the real one.
/// </summary>
public sealed class MsalVersFakeEntra(FakeEntra entra) : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient _http = new(new Redirection(entra));

    public HttpClient GetHttpClient() => _http;

    public void Dispose() => _http.Dispose();

    private sealed class Redirection(FakeEntra entra) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { Host: FakeEntra.Hote } uri)
            {
                request.RequestUri = new UriBuilder(uri) { Scheme = Uri.UriSchemeHttp, Host = entra.Adresse.Host, Port = entra.Adresse.Port }.Uri;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
