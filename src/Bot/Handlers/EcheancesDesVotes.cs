using Conventions.Membres;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Closes the votes whose deadline has passed and reminds the members of those closing soon. Closing and announcing
/// are idempotent, so a vote is closed and announced exactly once whatever the number of instances; each vote is
/// handled on its own, so one that fails waits for the next round without holding up the others.
/// </summary>
public sealed class EcheancesDesVotes(IServiceScopeFactory scopes, Baux baux, VotesOuverts ouverts, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<EcheancesDesVotes> logger)
    : TravailPeriodique(scopes, baux, options, timeProvider, logger)
{
    protected override string Bail => "cloture-des-votes";

    protected override async Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var cloture = services.GetRequiredService<ClotureDesVotes>();
        await ChacunAsync(await ouverts.EcheantAvantAsync(maintenant, cancellationToken), vote => cloture.CloturerAsync(vote, MembreId.Systeme, maintenant, cancellationToken), cancellationToken);

        var rappels = services.GetRequiredService<RappelsDesVotes>();
        await ChacunAsync(await ouverts.EcheantAvantAsync(maintenant.AddHours(Reglages.RappelAvantEcheanceEnHeures), cancellationToken), vote => rappels.RappelerAsync(vote, cancellationToken), cancellationToken);
    }
}
