using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// What follows a dossier's step, in Teams and through the outbox: every editor's "mes dossiers" line; on a
/// submission a message to the co-editors and the dossier in the analysts' channel (the submitter told if it can
/// never be delivered there); on a transmission, the committee that votes; on a sending back, the analysts' comment.
/// </summary>
public sealed class SuitesDesDossiers(DossiersEnCours dossiers, AvisAuxEditeurs avis, CanalDesAnalystes analystes) : ISuitesDesDossiers
{
    public Task ModifieAsync(DossierDeProposition dossier, CancellationToken cancellationToken) =>
        dossiers.SuivreAsync(dossiers.Vue(dossier), cancellationToken);

    public async Task RejointAsync(DossierDeProposition dossier, MembreId membre, string nom, MembreId inviteur, CancellationToken cancellationToken)
    {
        var vue = dossiers.Vue(dossier);
        await dossiers.SuivreAsync(vue, cancellationToken);
        await avis.EnvoyerAsync($"invitation-rejointe|{dossier.Id}|{membre}", vue, [inviteur], t => t.Format(CleTexte.InvitationRejointe, nom), cancellationToken);
    }

    public Task RappelAsync(DossierDeProposition dossier, AppelAProjets appel, int jours, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appel);
        var vue = dossiers.Vue(dossier);
        return avis.EnvoyerAsync($"rappel-appel|{appel.Id}|{dossier.Id}|{jours}", vue, dossier.Editeurs, t => t.Format(CleTexte.DossierRappelCloture, appel.Titre, appel.Cloture, vue.Pourcentage), cancellationToken);
    }

    public async Task<bool> DeposeAsync(DossierDeProposition dossier, MembreId par, string nomDuDeposant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var vue = dossiers.Vue(dossier);
        await dossiers.SuivreAsync(vue, cancellationToken);
        var motif = $"depot|{dossier.Id}|{dossier.Version}";
        await avis.EnvoyerAsync(motif, vue, dossier.Editeurs.Where(e => e != par), t => t.Format(CleTexte.DossierDeposeParUnCoEditeur, nomDuDeposant, dossier.Version), cancellationToken);
        return await analystes.PosterAsync($"analystes|{motif}", vue, nomDuDeposant, null, [new Destinataire.Personne(par.ToString(), nomDuDeposant)], cancellationToken);
    }

    public async Task TransmisAsync(DossierDeProposition dossier, Scrutin scrutin, Comite comite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(scrutin);
        ArgumentNullException.ThrowIfNull(comite);
        var vue = dossiers.Vue(dossier);
        await dossiers.SuivreAsync(vue, cancellationToken);
        await avis.EnvoyerAsync($"dossier-transmis|{scrutin.Id}", vue, dossier.Editeurs, t => t.Format(CleTexte.DossierTransmisAuxEditeurs, comite.Nom), cancellationToken);
    }

    public async Task RenvoyeAsync(DossierDeProposition dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var vue = dossiers.Vue(dossier);
        await dossiers.SuivreAsync(vue, cancellationToken);
        await avis.EnvoyerAsync($"dossier-renvoye|{dossier.Id}|{dossier.Version}", vue, dossier.Editeurs, t => t.Format(CleTexte.DossierRenvoyeAuxEditeurs, dossier.CommentaireDeCorrection ?? string.Empty), cancellationToken);
    }
}
