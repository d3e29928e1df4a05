using Microsoft.Extensions.Options;
using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The background job of <see cref="SignatureDeLaConvention.AnnoncerAsync"/>: as soon as a convention comes into force
/// (and at each tick, for what an instance that stopped left), its entry into force is announced, one by one.
/// </summary>
public sealed class AnnoncesDesEntreesEnVigueur(
    IServiceScopeFactory scopes, Baux baux, SuiviDesTravaux suivi, SignalDesEvenements signal, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<AnnoncesDesEntreesEnVigueur> logger)
    : TravailPeriodique(scopes, baux, suivi, options, timeProvider, logger)
{
    protected override string Bail => "annonces-des-entrees-en-vigueur";

    protected override Task Reveil(CancellationToken cancellationToken) => signal.AttendreAsync(cancellationToken);

    protected override async Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var signature = services.GetRequiredService<SignatureDeLaConvention>();
        await ChacunAsync(await signature.EnVigueurAAnnoncerAsync(cancellationToken), id => $"en-vigueur|{id}", id => signature.AnnoncerAsync(id, cancellationToken), cancellationToken);
    }
}
