using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Hosting;

/// <summary>
/// Background work run by every instance at each tick, or sooner when <see cref="Reveil"/> fires; a lease makes one
/// of them act at a time, and is given back after the round so that the next instance woken can act at once. A
/// failing round is logged and tried again at the next tick; rounds handle their items one by one.
/// </summary>
public abstract partial class TravailPeriodique(IServiceScopeFactory scopes, Baux baux, SuiviDesTravaux suivi, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger logger) : BackgroundService
{
    /// <summary>After this many failures in a row an item is reported (<see cref="SignalerAsync"/>), and it is still retried.</summary>
    public const int EchecsAvantSignalement = 3;

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Echecs, DateTimeOffset Prochain)> _echecs = new(StringComparer.Ordinal);

    protected abstract string Bail { get; }

    protected BotOptions Reglages => options.Value;

    protected TimeProvider Horloge => timeProvider;

    /// <summary>For what a job does outside its round (reporting an item that keeps failing) with the round's services.</summary>
    protected IServiceScopeFactory Scopes => scopes;

    private TimeSpan Intervalle => TimeSpan.FromSeconds(options.Value.IntervalleDesTravauxEnSecondes);

    protected abstract Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken);

    /// <summary>Tells whoever can act that an item keeps failing; by default only the log says it.</summary>
    protected virtual Task SignalerAsync(object element, string erreur, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Completes when the work should not wait for the next tick; by default, never.</summary>
    protected virtual Task Reveil(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        suivi.Demarre(Bail);
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var attente = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                var tic = Task.Delay(Intervalle, timeProvider, attente.Token);
                suivi.EnAttente(Bail);
                await Task.WhenAny(tic, Reveil(attente.Token));
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

            suivi.Termine(Bail);
        }
    }

    /// <summary>
    /// Runs <paramref name="traiter"/> for each item (known by <paramref name="cleDe"/>): one that fails is logged and tried again after a growing delay
    /// (one, two, four… ticks), reported after <see cref="EchecsAvantSignalement"/> failures in a row, and the
    /// others go on. Returns the items that failed this round.
    /// </summary>
    protected async Task<IReadOnlyList<T>> ChacunAsync<T>(IEnumerable<T> elements, Func<T, string> cleDe, Func<T, Task> traiter, CancellationToken cancellationToken)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(cleDe);
        ArgumentNullException.ThrowIfNull(traiter);
        var echecs = new List<T>();
        foreach (var element in elements)
        {
            var cle = cleDe(element);
            var maintenant = timeProvider.GetUtcNow();
            if (_echecs.TryGetValue(cle, out var precedent) && precedent.Prochain > maintenant)
            {
                continue;
            }

            try
            {
                await traiter(element);
                _echecs.TryRemove(cle, out _);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                echecs.Add(element);
                var nombre = precedent.Echecs + 1;
                _echecs[cle] = (nombre, maintenant + (Intervalle * (1 << Math.Min(nombre - 1, 6))));
                LogElementEchoue(logger, Bail, cle, nombre, e.GetType().Name, e.Message);
                if (nombre == EchecsAvantSignalement)
                {
                    await SignalerSansEchouerAsync(element, $"{e.GetType().Name}: {e.Message}", cancellationToken);
                }
            }
        }

        return echecs;
    }

    private async Task SignalerSansEchouerAsync(object element, string erreur, CancellationToken cancellationToken)
    {
        try
        {
            await SignalerAsync(element, erreur, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSignalementEchoue(logger, Bail, element.ToString() ?? string.Empty, e.Message);
        }
    }

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Background work {Travail} failed ({Erreur}: {Message}); next attempt at the next tick.")]
    private static partial void LogTourEchoue(ILogger logger, string travail, string erreur, string message);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Background work {Travail} failed on {Element} ({Echecs} in a row; {Erreur}: {Message}); the other items went on, this one is tried again later.")]
    private static partial void LogElementEchoue(ILogger logger, string travail, string element, int echecs, string erreur, string message);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "Background work {Travail} could not report {Element}, which keeps failing: {Message}")]
    private static partial void LogSignalementEchoue(ILogger logger, string travail, string element, string message);
}
