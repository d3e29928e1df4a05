using System.Collections.Concurrent;

namespace TeamsConventions.Bot.Hosting;

/// <summary>
/// The rounds each background job has completed, and when the last one ended: <c>/healthz</c> says which job stopped
/// turning. Whoever drives the clock (a test with a fake one) can await a job waiting for its next tick, then the
/// round that tick starts.
/// </summary>
public sealed class SuiviDesTravaux(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, Etat> _travaux = new(StringComparer.Ordinal);
    private readonly Lock _verrou = new();
    private readonly List<(string Travail, bool Tours, long Apres, TaskCompletionSource Fin)> _attentes = [];

    /// <summary>Each job and when it last completed a round (or started, before its first).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Derniers => _travaux.ToDictionary(t => t.Key, t => t.Value.Depuis, StringComparer.Ordinal);

    /// <summary>How many rounds the job has completed.</summary>
    public long Tours(string travail) => _travaux.TryGetValue(travail, out var e) ? e.Tours : 0;

    public void Demarre(string travail) => _travaux.TryAdd(travail, new Etat(0, 0, timeProvider.GetUtcNow()));

    /// <summary>The job waits for its next tick (its timer already set).</summary>
    public void EnAttente(string travail) =>
        Signaler(travail, _travaux.AddOrUpdate(travail, _ => new Etat(0, 1, timeProvider.GetUtcNow()), (_, e) => e with { Attentes = e.Attentes + 1 }));

    public void Termine(string travail) =>
        Signaler(travail, _travaux.AddOrUpdate(travail, _ => new Etat(1, 0, timeProvider.GetUtcNow()), (_, e) => e with { Tours = e.Tours + 1, Depuis = timeProvider.GetUtcNow() }));

    /// <summary>Completes once the job has completed more than <paramref name="apres"/> rounds.</summary>
    public Task TourAsync(string travail, long apres, CancellationToken cancellationToken) => Attendre(travail, tours: true, apres, cancellationToken);

    /// <summary>Completes once the job, after more than <paramref name="apres"/> waits, waits for its next tick again.</summary>
    public Task AttenteAsync(string travail, long apres, CancellationToken cancellationToken) => Attendre(travail, tours: false, apres, cancellationToken);

    private Task Attendre(string travail, bool tours, long apres, CancellationToken cancellationToken)
    {
        lock (_verrou)
        {
            if (_travaux.TryGetValue(travail, out var e) && (tours ? e.Tours : e.Attentes) > apres)
            {
                return Task.CompletedTask;
            }

            var fin = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _attentes.Add((travail, tours, apres, fin));
            return fin.Task.WaitAsync(cancellationToken);
        }
    }

    private void Signaler(string travail, Etat etat)
    {
        lock (_verrou)
        {
            foreach (var attente in _attentes.Where(a => a.Travail == travail && (a.Tours ? etat.Tours : etat.Attentes) > a.Apres).ToList())
            {
                _attentes.Remove(attente);
                attente.Fin.TrySetResult();
            }
        }
    }

    private sealed record Etat(long Tours, long Attentes, DateTimeOffset Depuis);
}
