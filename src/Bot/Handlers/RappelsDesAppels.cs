using Conventions.Dossiers;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Before a call closes (by default 7 days and 1 day before), the editors of every dossier not yet submitted get a
/// 1:1 reminder with the exact closing time and a button to open it. Once per dossier and delay; when the bot was
/// down across several delays, only the latest is sent.
/// </summary>
public sealed class RappelsDesAppels(IServiceScopeFactory scopes, Baux baux, AppelsAProjets appels, IOptions<DossiersOptions> dossiersOptions, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<RappelsDesAppels> logger)
    : TravailPeriodique(scopes, baux, options, timeProvider, logger)
{
    protected override string Bail => "rappels-des-appels";

    protected override async Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var dossiers = services.GetRequiredService<DossiersEnCours>();
        var avis = services.GetRequiredService<AvisAuxEditeurs>();
        foreach (var appel in appels.Tous.Where(a => a.Cloture > maintenant))
        {
            var delais = dossiersOptions.Value.RappelsAvantClotureEnJours.Where(j => maintenant >= appel.Cloture.AddDays(-j)).ToList();
            if (delais.Count == 0)
            {
                continue;
            }

            var jours = delais.Min();
            await ChacunAsync(await dossiers.Depot.DuAppelAsync(appel.Id, cancellationToken), id => $"rappel-appel|{appel.Id}|{id}", async id =>
            {
                if (await dossiers.Depot.ChargerAsync(id, cancellationToken) is not { Dossier: { EstModifiable: true } dossier }
                    || !await dossiers.Depot.MarquerRappelAsync(appel.Id, id, jours, cancellationToken))
                {
                    return;
                }

                var vue = dossiers.Vue(dossier);
                await avis.EnvoyerAsync($"rappel-appel|{appel.Id}|{id}|{jours}", vue, dossier.Editeurs, t => t.Format(CleTexte.DossierRappelCloture, appel.Titre, appel.Cloture, vue.Pourcentage), cancellationToken);
            }, cancellationToken);
        }
    }
}
