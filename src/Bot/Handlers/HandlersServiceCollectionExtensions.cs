namespace TeamsConventions.Bot.Handlers;

public static class HandlersServiceCollectionExtensions
{
    public static IServiceCollection AddBotHandlers(this IServiceCollection services)
    {
        services.AddSingleton<IIntention, AfficherAide>();
        services.AddSingleton<IIntention, AfficherMesElements>();
        services.AddTransient<IIntention, ConfigurerLeComite>();
        services.AddTransient<IActionDeCarte, EnregistrerLeComite>();
        services.AddSingleton<IActionDeCarte, VoterDepuisLaCarte>();
        services.AddSingleton<IActionDeCarte, VoirLeVote>();
        services.AddSingleton<ActualisationDesVotes>();
        services.AddTransient<IActionDeCarte, CloreLeVote>();
        services.AddTransient<PublicationDesVotes>();
        services.AddTransient<ClotureDesVotes>();
        services.AddTransient<RappelsDesVotes>();
        services.AddHostedService<EcheancesDesVotes>();
        // Transient: they hold the connector's typed HttpClient, whose handlers the factory rotates.
        services.AddTransient<Accueillir>();
        services.AddTransient<ActivityRouter>();
        return services;
    }
}
