using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Teams.Authentication;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>The Teams wire protocol: inbound authentication, and the connector client with token, allow-list and retries.</summary>
    public static IServiceCollection AddTeamsProtocol(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.AppId = configuration[$"{ConnectorOptions.AzureAdSectionName}:ClientId"];
                options.TenantId = configuration[$"{ConnectorOptions.AzureAdSectionName}:TenantId"];
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidation>();
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.AzureAdSectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidation>();

        services.AddTokenAcquisition(isTokenAcquisitionSingleton: true);
        services.AddInMemoryTokenCaches();

        // The short form AzureAd:ClientSecret is given to token acquisition as the credential entry it reads (before
        // its own post-configuration merges the options, which is why this is Configure and not PostConfigure).
        services.AddOptions<MicrosoftIdentityApplicationOptions>(ConnectorOptions.AzureAdSectionName)
            .BindConfiguration(ConnectorOptions.AzureAdSectionName)
            .Configure<IOptions<ConnectorOptions>>((options, connecteur) => options.ClientCredentials = [.. connecteur.Value.Credentiels()]);

        services.AddHttpClient(OpenIdMetadata.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<OpenIdMetadata>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<InboundAuthenticator>();

        services.AddTransient<ProactiveMessenger>();
        services.AddTransient<ConnectorAuthorizationHandler>();
        // The resilience pipeline owns every time budget; the client's own time-out would only cut it short.
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AvecResilienceDuConnecteur()
            .AddHttpMessageHandler<ConnectorAuthorizationHandler>();
        services.AddSingleton<Stockage.ConversationReferences>();
        services.AddSingleton<Stockage.ActivitesRecues>();
        return services;
    }
}
