using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Background work run by every instance at each tick, or sooner when <see cref="Reveil"/> fires; a lease makes one
/// of them act at a time, and is given back after the round so that the next instance woken can act at once. A
/// failing round is logged and tried again at the next tick; rounds handle their items one by one.
/// </summary>
public abstract partial class TravailPeriodique(IServiceScopeFactory scopes, Baux baux, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger logger) : BackgroundService
{
    private readonly string _instance = Guid.NewGuid().ToString("N");

    protected abstract string Bail { get; }

    protected BotOptions Reglages => options.Value;

    protected ILogger Journal => logger;

    private TimeSpan Intervalle => TimeSpan.FromSeconds(options.Value.IntervalleDesTravauxEnSecondes);

    protected abstract Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken);

    /// <summary>Completes when the work should not wait for the next tick; by default, never.</summary>
    protected virtual Task Reveil(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var attente = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                await Task.WhenAny(Task.Delay(Intervalle, timeProvider, attente.Token), Reveil(attente.Token));
                await attente.CancelAsync();
            }

            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                if (await baux.PrendreAsync(Bail, _instance, Intervalle * 3, stoppingToken))
                {
                    try
                    {
                        using var scope = scopes.CreateScope();
                        await UnTourAsync(scope.ServiceProvider, timeProvider.GetUtcNow(), stoppingToken);
                    }
                    finally
                    {
                        await baux.LibererAsync(Bail, _instance, CancellationToken.None);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogTourEchoue(logger, Bail, e.GetType().Name, e.Message);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="traiter"/> for each item: one that fails is logged and left for the next round, and the
    /// others go on. Returns the items that failed.
    /// </summary>
    protected async Task<IReadOnlyList<T>> ChacunAsync<T>(IEnumerable<T> elements, Func<T, Task> traiter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(traiter);
        var echecs = new List<T>();
        foreach (var element in elements)
        {
            try
            {
                await traiter(element);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                echecs.Add(element);
                LogElementEchoue(logger, Bail, element?.ToString() ?? string.Empty, e.GetType().Name, e.Message);
            }
        }

        return echecs;
    }

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Background work {Travail} failed ({Erreur}: {Message}); next attempt at the next tick.")]
    private static partial void LogTourEchoue(ILogger logger, string travail, string erreur, string message);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Background work {Travail} failed on {Element} ({Erreur}: {Message}); the other items went on, this one is tried again at the next tick.")]
    private static partial void LogElementEchoue(ILogger logger, string travail, string element, string erreur, string message);
}
