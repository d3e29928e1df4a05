using Conventions.Membres;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Closes the votes whose deadline has passed and reminds the members of those closing soon. Every instance runs this loop; the lease makes one of them act at
/// a time, and closing and announcing are idempotent, so a vote is closed and announced exactly once.
/// </summary>
public sealed partial class EcheancesDesVotes(IServiceScopeFactory scopes, Baux baux, VotesOuverts ouverts, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<EcheancesDesVotes> logger) : BackgroundService
{
    private readonly string _instance = Guid.NewGuid().ToString("N");

    private TimeSpan Intervalle => TimeSpan.FromSeconds(options.Value.IntervalleDesTravauxEnSecondes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var minuterie = new PeriodicTimer(Intervalle, timeProvider);
        while (await minuterie.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await UnTourAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogTourEchoue(logger, e.GetType().Name, e.Message);
            }
        }
    }

    private async Task UnTourAsync(CancellationToken cancellationToken)
    {
        if (!await baux.PrendreAsync("cloture-des-votes", _instance, Intervalle * 3, cancellationToken))
        {
            return;
        }

        var maintenant = timeProvider.GetUtcNow();
        using var scope = scopes.CreateScope();
        foreach (var vote in await ouverts.EcheantAvantAsync(maintenant, cancellationToken))
        {
            await scope.ServiceProvider.GetRequiredService<ClotureDesVotes>().CloturerAsync(vote, MembreId.Systeme, maintenant, cancellationToken);
        }

        foreach (var vote in await ouverts.EcheantAvantAsync(maintenant.AddHours(options.Value.RappelAvantEcheanceEnHeures), cancellationToken))
        {
            await scope.ServiceProvider.GetRequiredService<RappelsDesVotes>().RappelerAsync(vote, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Closing the votes past their deadline failed ({Erreur}: {Message}); next attempt at the next tick.")]
    private static partial void LogTourEchoue(ILogger logger, string erreur, string message);
}
