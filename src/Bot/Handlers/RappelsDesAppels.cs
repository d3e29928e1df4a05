using Microsoft.Extensions.Options;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The background job of <see cref="RappelerLaCloture"/>: each due call's dossiers, one by one, a failing one retried later.</summary>
public sealed class RappelsDesAppels(IServiceScopeFactory scopes, Baux baux, SuiviDesTravaux suivi, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<RappelsDesAppels> logger)
    : TravailPeriodique(scopes, baux, suivi, options, timeProvider, logger)
{
    protected override string Bail => "rappels-des-appels";

    protected override async Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var rappels = services.GetRequiredService<RappelerLaCloture>();
        foreach (var (appel, jours) in rappels.Dus(maintenant))
        {
            await ChacunAsync(await rappels.DossiersAsync(appel, cancellationToken), id => $"rappel-appel|{appel.Id}|{id}", id => rappels.ExecuterAsync(appel, jours, id, cancellationToken), cancellationToken);
        }
    }
}
