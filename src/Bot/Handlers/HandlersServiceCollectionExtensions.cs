using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Bot.Handlers;

public static class HandlersServiceCollectionExtensions
{
    public static IServiceCollection AddBotHandlers(this IServiceCollection services)
    {
        services.AddSingleton<FuseauHoraire>();
        services.AddSingleton<IIntention, AfficherAide>();
        services.AddSingleton<IIntention, AfficherMesElements>();
        services.AddSingleton<Accueillir>();
        services.AddSingleton<ActivityRouter>();
        return services;
    }
}
