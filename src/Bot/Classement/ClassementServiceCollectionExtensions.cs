using Microsoft.Extensions.Options;
using Microsoft.Graph;
using TeamsConventions.Application.Classement;
using TeamsConventions.Graph.Classement;

namespace TeamsConventions.Bot.Classement;

public static class ClassementServiceCollectionExtensions
{
    /// <summary>The HTTP client of upload sessions: their URLs carry their own authorisation, Graph's token is never sent there.</summary>
    public const string ClientDeTeleversement = "televersement";

    /// <summary>The library chosen by <c>Classement:Bibliotheque</c>, checked at start-up and said in the log when the host starts.</summary>
    public static IServiceCollection AddClassement(this IServiceCollection services)
    {
        services.AddOptions<ClassementOptions>().BindConfiguration(ClassementOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClassementOptions>, ClassementOptionsValidation>();
        services.AddOptions<SharePointOptions>().BindConfiguration(SharePointOptions.SectionName);
        services.AddHttpClient(ClientDeTeleversement);
        services.AddSingleton<IBibliothequeDeClassement>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ClassementOptions>>().Value;
            if (options.Bibliotheque == ClassementOptions.DossierLocal)
            {
                return new BibliothequeLocale(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Dossier ?? string.Empty));
            }

            return new BibliothequeSharePoint(sp.GetRequiredService<GraphServiceClient>(), sp.GetRequiredService<IHttpClientFactory>().CreateClient(ClientDeTeleversement), sp.GetRequiredService<IOptions<SharePointOptions>>().Value, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ISceauDesDocuments, SceauPdf>();
        services.AddSingleton(sp => new ColonnesDeLaBibliotheque(sp.GetRequiredService<GraphServiceClient>(), sp.GetRequiredService<IOptions<SharePointOptions>>().Value));
        services.AddHostedService<BibliothequeAuDemarrage>();
        return services;
    }
}
