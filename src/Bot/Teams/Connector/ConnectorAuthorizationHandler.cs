using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>
/// Adds the app-only token for the Bot Connector (scope <c>https://api.botframework.com/.default</c>) through
/// Microsoft.Identity.Web: client secret, certificate or managed identity as configured in <c>AzureAd</c>.
/// Without an app id (local Playground) no token is sent.
/// </summary>
public sealed class ConnectorAuthorizationHandler(IServiceProvider services, IOptions<BotOptions> botOptions, IOptions<ConnectorOptions> connectorOptions) : DelegatingHandler
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>How the bot's identity (<c>AzureAd</c>: secret, certificate or managed identity) asks for an app-only token, for any resource.</summary>
    public static AuthorizationHeaderProviderOptions OptionsDuJeton(ConnectorOptions connecteur)
    {
        ArgumentNullException.ThrowIfNull(connecteur);
        return new AuthorizationHeaderProviderOptions
        {
            AcquireTokenOptions = new AcquireTokenOptions
            {
                AuthenticationOptionsName = ConnectorOptions.AzureAdSectionName,
                ManagedIdentity = connecteur.ManagedIdentityClientId is { Length: > 0 } clientId ? new ManagedIdentityOptions { UserAssignedClientId = clientId } : null,
            },
        };
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.IsNullOrWhiteSpace(botOptions.Value.AppId))
        {
            var fournisseur = services.GetRequiredService<IAuthorizationHeaderProvider>();
            var options = OptionsDuJeton(connectorOptions.Value);
            string entete;
            try
            {
                entete = await fournisseur.CreateAuthorizationHeaderForAppAsync(Scope, options, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw new JetonIndisponibleException(e);
            }

            // Set, not added: a retry passes through this handler again.
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(entete);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
