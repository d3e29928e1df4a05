using Microsoft.Extensions.Options;
using Microsoft.Graph;
using TeamsConventions.Application.Microsoft365;
using TeamsConventions.Graph.Courriel;
using TeamsConventions.Graph.Installation;

namespace TeamsConventions.Bot.Microsoft365;

public static class Microsoft365ServiceCollectionExtensions
{
    /// <summary>
    /// Microsoft Graph with the bot's identity (one client, the SDK's own pipeline: retries honouring Retry-After on
    /// 429/503/504, redirects, compression); the mail chosen by <c>Courriel:Envoi</c>; the evaluations' calendar by
    /// <c>Evaluations:Calendrier</c>; installing the app for people
    /// where <c>Installation:IdDansLeCatalogue</c> is set. Checked at start-up and said in the log when the host starts.
    /// </summary>
    public static IServiceCollection AddMicrosoft365(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName)
            .Validate(o => o.Adresse.IsAbsoluteUri, "Graph:Adresse must be an absolute address.").ValidateOnStart();
        services.AddOptions<CourrielOptions>().BindConfiguration(CourrielOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CourrielOptions>, CourrielOptionsValidation>();
        services.AddOptions<CalendrierOptions>().BindConfiguration(CalendrierOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CalendrierOptions>, CalendrierOptionsValidation>();
        services.AddOptions<InstallationOptions>().BindConfiguration(InstallationOptions.SectionName)
            .Validate(o => string.IsNullOrEmpty(o.IdDansLeCatalogue) || Guid.TryParse(o.IdDansLeCatalogue, out _), "Installation:IdDansLeCatalogue must be the app's id in the organisation's Teams catalogue (a GUID).").ValidateOnStart();
        services.AddSingleton<JetonGraph>();
        services.AddSingleton(sp => new GraphServiceClient(
            GraphClientFactory.Create(), sp.GetRequiredService<JetonGraph>(), sp.GetRequiredService<IOptions<GraphOptions>>().Value.Adresse.ToString().TrimEnd('/')));
        services.AddSingleton<IMessagerie>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CourrielOptions>>().Value;
            return options.Envoi == CourrielOptions.DossierLocal
                ? new MessagerieLocale(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Dossier ?? string.Empty), options.Expediteur ?? "TeamsConventions", sp.GetRequiredService<TimeProvider>())
                : new MessagerieGraph(sp.GetRequiredService<GraphServiceClient>(), options.Expediteur ?? string.Empty);
        });
        services.AddSingleton<TeamsConventions.Application.Evaluations.ICalendrierDesEvaluations>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CalendrierOptions>>().Value;
            return options.Calendrier == CalendrierOptions.DossierLocal
                ? new TeamsConventions.Graph.Calendrier.CalendrierIcs(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Dossier ?? string.Empty), options.Organisateur ?? "TeamsConventions")
                : new TeamsConventions.Graph.Calendrier.CalendrierOutlook(sp.GetRequiredService<GraphServiceClient>(), options.Organisateur ?? string.Empty);
        });
        services.AddSingleton<IInstallationsDeLApplication>(sp =>
            sp.GetRequiredService<IOptions<InstallationOptions>>().Value.IdDansLeCatalogue is { Length: > 0 } id
                ? new InstallationsGraph(sp.GetRequiredService<GraphServiceClient>(), sp.GetRequiredService<IOptions<GraphOptions>>().Value.Adresse, id)
                : new SansInstallation());
        services.AddHostedService<Microsoft365AuDemarrage>();
        return services;
    }
}
