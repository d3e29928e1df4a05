using System.Text.Json;
using Conventions.Dossiers;
using Conventions.Erreurs;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// "Déposer le dossier": complete (R01) and in time (R02), the version is frozen with its hash; the editors get the
/// confirmation, the analysts' channel gets the dossier with its actions.
/// </summary>
public sealed class DeposerLeDossier(DossiersEnCours dossiers, AvisAuxEditeurs avis, CanalDesAnalystes analystes, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.DeposerDossier;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (DossiersEnCours.Identifiant(LectureDesDonnees.Dossier(donnees)?.Dossier) is not { } id || tour.Membre is not { } editeur)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        if (await dossiers.ChargerPourAsync(id, editeur, cancellationToken) is not { } charge)
        {
            return LectureDesDonnees.DossierIntrouvable(tour.Textes);
        }

        var t = tour.Textes;
        var maintenant = timeProvider.GetUtcNow();
        VueDuDossier vue;
        try
        {
            var depose = await dossiers.Depot.ModifierAsync(id, d => d.Soumettre(charge.Vue.Appel, charge.Vue.Type, d.EmpreinteDuContenu(), editeur, maintenant), cancellationToken, charge.Charge);
            vue = dossiers.Vue(depose.Dossier);
        }
        catch (RegleMetierException erreur) when (erreur.Code is CodesErreur.ChampsObligatoiresManquants or CodesErreur.AppelClos or CodesErreur.DossierNonModifiable)
        {
            var message = erreur.Code == CodesErreur.ChampsObligatoiresManquants ? t[CleTexte.DossierIncomplet] : t.Erreur(erreur);
            return InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, charge.Vue, message, true, cancellationToken));
        }

        await dossiers.SuivreAsync(vue, cancellationToken);
        var nom = tour.Activity.From?.Name ?? t[CleTexte.DossierEditeurSansNom];
        var motif = $"depot|{vue.Dossier.Id}|{vue.Dossier.Version}";
        await avis.EnvoyerAsync(motif, vue, vue.Dossier.Editeurs.Where(e => e != editeur), textes => textes.Format(CleTexte.DossierDeposeParUnCoEditeur, nom, vue.Dossier.Version), cancellationToken);
        var analystesPrevenus = await analystes.PosterAsync($"analystes|{motif}", vue, nom, null, [new Destinataire.Personne(editeur.ToString(), nom)], cancellationToken);
        var confirmation = t.Format(CleTexte.DossierDepose, maintenant, vue.Dossier.Version)
            + " " + t[analystesPrevenus ? CleTexte.DossierAnalystesLeRecevront : CleTexte.DossierAnalystesInjoignables];
        return InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, vue, confirmation, !analystesPrevenus, cancellationToken));
    }
}
