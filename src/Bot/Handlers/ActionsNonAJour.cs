using Microsoft.Extensions.Options;
using TeamsConventions.Application.Actions;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The background job of R12's flag: at each round, the plans of record's actions without news for three months.</summary>
public sealed class ActionsNonAJour(IServiceScopeFactory scopes, Baux baux, SuiviDesTravaux suivi, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<ActionsNonAJour> logger)
    : TravailPeriodique(scopes, baux, suivi, options, timeProvider, logger)
{
    protected override string Bail => "actions-non-a-jour";

    protected override Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken) =>
        services.GetRequiredService<SuivreLesActions>().SignalerLesActionsNonAJourAsync(cancellationToken);
}
