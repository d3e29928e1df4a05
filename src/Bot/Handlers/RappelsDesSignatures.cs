using Microsoft.Extensions.Options;
using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The background job of <see cref="RappelerLesSignataires"/>: each convention with a reminder due, one by one, a failing one retried later.</summary>
public sealed class RappelsDesSignatures(IServiceScopeFactory scopes, Baux baux, SuiviDesTravaux suivi, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<RappelsDesSignatures> logger)
    : TravailPeriodique(scopes, baux, suivi, options, timeProvider, logger)
{
    protected override string Bail => "rappels-des-signatures";

    protected override async Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var rappels = services.GetRequiredService<RappelerLesSignataires>();
        await ChacunAsync(await rappels.DuesAsync(maintenant, cancellationToken), id => $"rappel-signature|{id}", id => rappels.ExecuterAsync(id, maintenant, cancellationToken), cancellationToken);
    }
}
