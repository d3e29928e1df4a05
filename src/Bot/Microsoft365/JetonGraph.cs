using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Microsoft365;

/// <summary>
/// The bot's app-only Microsoft Graph token (<see cref="GraphOptions.Portee"/>), from the same <c>AzureAd</c> identity as the connector's (client secret, certificate or managed
/// identity), on requests to Graph's own host only: never on an upload session's URL.
/// </summary>
internal sealed class JetonGraph(IServiceProvider services, IOptions<GraphOptions> graph, IOptions<ConnectorOptions> connecteur) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(request.URI.Host, graph.Value.Adresse.Host, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var entete = await services.GetRequiredService<IAuthorizationHeaderProvider>().CreateAuthorizationHeaderForAppAsync(graph.Value.Portee, ConnectorAuthorizationHandler.OptionsDuJeton(connecteur.Value), cancellationToken);
        request.Headers.Remove("Authorization");
        request.Headers.Add("Authorization", entete);
    }
}
