using Conventions.Dossiers;
using Conventions.Membres;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// What follows a submission, in Teams and through the outbox: every editor's "mes dossiers" line, a message to the
/// co-editors, the dossier in the analysts' channel (the submitter told if it can never be delivered there).
/// </summary>
public sealed class SuitesDesDepots(DossiersEnCours dossiers, AvisAuxEditeurs avis, CanalDesAnalystes analystes) : ISuitesDesDepots
{
    public async Task<bool> DeposeAsync(DossierDeProposition dossier, MembreId par, string nomDuDeposant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var vue = dossiers.Vue(dossier);
        await dossiers.SuivreAsync(vue, cancellationToken);
        var motif = $"depot|{dossier.Id}|{dossier.Version}";
        await avis.EnvoyerAsync(motif, vue, dossier.Editeurs.Where(e => e != par), t => t.Format(CleTexte.DossierDeposeParUnCoEditeur, nomDuDeposant, dossier.Version), cancellationToken);
        return await analystes.PosterAsync($"analystes|{motif}", vue, nomDuDeposant, null, [new Destinataire.Personne(par.ToString(), nomDuDeposant)], cancellationToken);
    }
}
