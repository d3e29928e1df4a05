using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Classement;

/// <summary>
/// The bot's app-only Microsoft Graph token, from the same <c>AzureAd</c> identity as the connector's (client
/// secret, certificate or managed identity), on requests to Graph's own host only.
/// </summary>
internal sealed class JetonGraph(IServiceProvider services, IOptions<ClassementOptions> classement, IOptions<ConnectorOptions> connecteur) : IAuthenticationProvider
{
    public const string Scope = "https://graph.microsoft.com/.default";

    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(request.URI.Host, classement.Value.AdresseGraph.Host, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var options = new AuthorizationHeaderProviderOptions
        {
            AcquireTokenOptions = new AcquireTokenOptions
            {
                AuthenticationOptionsName = ConnectorOptions.AzureAdSectionName,
                ManagedIdentity = connecteur.Value.ManagedIdentityClientId is { Length: > 0 } clientId ? new ManagedIdentityOptions { UserAssignedClientId = clientId } : null,
            },
        };
        var entete = await services.GetRequiredService<IAuthorizationHeaderProvider>().CreateAuthorizationHeaderForAppAsync(Scope, options, cancellationToken);
        request.Headers.Remove("Authorization");
        request.Headers.Add("Authorization", entete);
    }
}
