using Conventions.Calendrier;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Actions;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The background job of R12's flag: once a Brussels day per instance (the lapse is counted in days; the outbox keys
/// keep it told once across instances), the plans of record's actions without news for three months.
/// </summary>
public sealed class ActionsNonAJour(IServiceScopeFactory scopes, Baux baux, SuiviDesTravaux suivi, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<ActionsNonAJour> logger)
    : TravailPeriodique(scopes, baux, suivi, options, timeProvider, logger)
{
    protected override string Bail => "actions-non-a-jour";

    private DateOnly? _dernierJour;

    protected override async Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var jour = Bruxelles.Jour(maintenant);
        if (jour == _dernierJour)
        {
            return;
        }

        await services.GetRequiredService<SuivreLesActions>().SignalerLesActionsNonAJourAsync(cancellationToken);
        _dernierJour = jour;
    }
}
