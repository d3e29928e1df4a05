using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Envois;

/// <summary>The outbox worker: at each tick, and as soon as something is deposited, delivers what is due, one by one.</summary>
public sealed class LivraisonDesEnvois(IServiceScopeFactory scopes, Baux baux, SuiviDesTravaux suivi, Storage.Envois envois, SignalDesEnvois signal, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<LivraisonDesEnvois> logger)
    : TravailPeriodique(scopes, baux, suivi, options, timeProvider, logger)
{
    public const int ParTour = 100;

    protected override string Bail => "envois";

    protected override Task Reveil(CancellationToken cancellationToken) => signal.AttendreAsync(cancellationToken);

    protected override async Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var livreur = services.GetRequiredService<LivreurDEnvois>();
        var dus = await envois.DusAsync(maintenant, ParTour, signal.PrendreDestinationApprise(), cancellationToken);
        await ChacunAsync(dus, envoi => envoi.RowKey, envoi => livreur.LivrerAsync(envoi, maintenant, cancellationToken), cancellationToken);
        if (dus.Count == ParTour)
        {
            signal.Reveiller();
        }
    }
}
