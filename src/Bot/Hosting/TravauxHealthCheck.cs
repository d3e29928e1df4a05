using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Hosting;

/// <summary><c>/healthz</c>: degraded when a background job has not completed a round for five of its intervals, naming it.</summary>
internal sealed class TravauxHealthCheck(SuiviDesTravaux suivi, IOptions<BotOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var limite = timeProvider.GetUtcNow() - (TimeSpan.FromSeconds(options.Value.IntervalleDesTravauxEnSecondes) * 5);
        var arretes = suivi.Derniers.Where(t => t.Value < limite).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        return Task.FromResult(arretes.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"Background work stopped turning: {string.Join(", ", arretes)}. Its log lines (events 3003, 3005) say why."));
    }
}
