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
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.AzureAdSectionName);

        services.AddTokenAcquisition(isTokenAcquisitionSingleton: true);
        services.AddInMemoryTokenCaches();
        services.AddOptions<MicrosoftIdentityApplicationOptions>(ConnectorOptions.AzureAdSectionName).BindConfiguration(ConnectorOptions.AzureAdSectionName);

        services.AddHttpClient(OpenIdMetadata.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<OpenIdMetadata>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<InboundAuthenticator>();

        services.AddTransient<ProactiveMessenger>();
        services.AddTransient<ConnectorAuthorizationHandler>();
        services.AddTransient<ConnectorRetryHandler>();
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<ConnectorAuthorizationHandler>();
        return services;
    }
}
