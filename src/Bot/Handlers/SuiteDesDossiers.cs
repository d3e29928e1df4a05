using Conventions.Dossiers;
using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// What follows a committee's vote on a dossier: its editors learn the outcome; when it stays with the committees
/// (an avis given, or a vote without quorum), the analysts get it back in their channel to transmit it on. Told once
/// per vote (the outbox's keys), after the outcome is stored: nothing here can undo what was decided.
/// </summary>
public sealed class SuiteDesDossiers(DossiersEnCours dossiers, AppelsAProjets appels, AvisAuxEditeurs avis, CanalDesAnalystes analystes, IOptions<BotOptions> options)
{
    public async Task PoursuivreAsync(ScrutinId vote, DossierId id, string comite, string resultat, CancellationToken cancellationToken)
    {
        // A dossier whose call is no longer configured keeps its outcome; there is no one left to tell.
        if (await dossiers.Depot.ChargerAsync(id, cancellationToken) is not { Dossier: var dossier } || appels.Trouver(dossier.Appel) is null)
        {
            return;
        }

        var vue = dossiers.Vue(dossier);
        await dossiers.SuivreAsync(vue, cancellationToken);
        Func<Textes, string> message = dossier.Etat switch
        {
            EtatDuDossier.Approuve => t => t.Format(CleTexte.DossierApprouveAuxEditeurs, comite, resultat),
            EtatDuDossier.Rejete => t => t.Format(CleTexte.DossierRejeteAuxEditeurs, comite, dossier.MotifDeRejet ?? resultat),
            _ => t => t.Format(CleTexte.DossierVoteAuxEditeurs, comite, resultat),
        };
        await avis.EnvoyerAsync($"suite|{vote}", vue, dossier.Editeurs, message, cancellationToken);
        if (dossier.Etat == EtatDuDossier.InscritAuComite)
        {
            await analystes.PosterAsync($"analystes|suite|{vote}", vue, null, Textes.Choisir(options.Value.Langue, null).Format(CleTexte.AnalyseVoteRendu, comite, resultat), [], cancellationToken);
        }
    }
}
