using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Background work run by every instance at each tick; a lease makes one of them act at a time. A failing round is
/// logged and tried again at the next tick.
/// </summary>
public abstract partial class TravailPeriodique(IServiceScopeFactory scopes, Baux baux, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger logger) : BackgroundService
{
    private readonly string _instance = Guid.NewGuid().ToString("N");

    protected abstract string Bail { get; }

    protected BotOptions Reglages => options.Value;

    private TimeSpan Intervalle => TimeSpan.FromSeconds(options.Value.IntervalleDesTravauxEnSecondes);

    protected abstract Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var minuterie = new PeriodicTimer(Intervalle, timeProvider);
        while (await minuterie.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await baux.PrendreAsync(Bail, _instance, Intervalle * 3, stoppingToken))
                {
                    using var scope = scopes.CreateScope();
                    await UnTourAsync(scope.ServiceProvider, timeProvider.GetUtcNow(), stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogTourEchoue(logger, Bail, e.GetType().Name, e.Message);
            }
        }
    }

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Background work {Travail} failed ({Erreur}: {Message}); next attempt at the next tick.")]
    private static partial void LogTourEchoue(ILogger logger, string travail, string erreur, string message);
}
