using System.Text.Json;
using Conventions.Dossiers;
using Conventions.Erreurs;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Every button of a step: the step's inputs are saved first (next, back, save, a table's row buttons alike), then
/// the card shows where the editor asked to go. A refused or conflicting entry keeps them on the step, with the
/// reason next to the field and what they typed still there.
/// </summary>
public sealed class EditerLeDossier(DossiersEnCours dossiers, EnregistrerUneEtape enregistrer, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.Dossier;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Dossier(donnees) is not { } demande || DossierId.Lire(demande.Dossier) is not { } id || tour.Membre is not { } editeur)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        if (await dossiers.ChargerPourAsync(id, editeur, cancellationToken) is not { } charge)
        {
            return LectureDesDonnees.DossierIntrouvable(tour.Textes);
        }

        var vue = charge.Vue;
        var etape = demande.Etape is null ? null : vue.Formulaire.Etape(demande.Etape);
        var saisies = etape is null ? [] : NavigationDesEtapes.Saisies(vue.Formulaire, etape, demande, LectureDesDonnees.Saisies(donnees));
        var supprimer = demande.Aller == Deplacements.SupprimerLigne;
        if (saisies is null || !NavigationDesEtapes.DesignationValide(demande, etape))
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        ResultatDeSaisie? retour = null;
        if (saisies.Count > 0 || supprimer)
        {
            if (!vue.Dossier.EstModifiable)
            {
                return InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, vue, tour.Textes.Erreur(new RegleMetierException(CodesErreur.DossierNonModifiable, vue.Dossier.Etat)), true, cancellationToken));
            }

            var ligne = supprimer && demande is { Tableau: { } tableauVise, Ligne: { } ligneVisee } ? (tableauVise, ligneVisee) : ((string, string)?)null;
            if (await enregistrer.ExecuterAsync(id, editeur, saisies, ligne, cancellationToken) is not { } enregistre)
            {
                return LectureDesDonnees.DossierIntrouvable(tour.Textes);
            }

            (vue, retour) = (dossiers.Vue(enregistre.Dossier), enregistre.Resultat);
        }

        var t = tour.Textes;
        if (retour is not { EstSansReserve: false } && !vue.Dossier.EstModifiable && demande.Aller != Deplacements.Recapitulatif)
        {
            return InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, vue, t.Format(CleTexte.DossierLectureSeule, t["Etat." + vue.Dossier.Etat]), false, cancellationToken));
        }

        var recapitulatif = vue;
        return await NavigationDesEtapes.AllerAsync(t, vue, etape, demande, retour, timeProvider, async () => InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, recapitulatif, null, false, cancellationToken)));
    }
}
