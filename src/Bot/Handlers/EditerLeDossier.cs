using System.Text.Json;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
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
        var saisies = etape is null ? [] : Saisies(vue.Formulaire, etape, demande, LectureDesDonnees.Saisies(donnees));
        var supprimer = demande.Aller == Deplacements.SupprimerLigne;
        if (saisies is null || !DesignationValide(demande, etape))
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

        return await AllerAsync(tour, vue, etape, demande, retour, cancellationToken);
    }

    private async Task<InvokeResponse> AllerAsync(Tour tour, VueDuDossier vue, EtapeDuFormulaire? etape, DonneesDeDossier demande, ResultatDeSaisie? retour, CancellationToken cancellationToken)
    {
        var t = tour.Textes;
        var index = vue.IndexDe(etape?.Id);
        var tableau = demande.Tableau is { } id ? etape?.Champs.FirstOrDefault(c => c.Id == id) : null;
        if (retour is { EstSansReserve: false })
        {
            return InvokeResponse.Carte(demande.Aller == Deplacements.EnregistrerLigne && etape is { } etapeEnCours && tableau is { } tableauEnCours && demande.Ligne is { } ligneEnCours
                ? EtapeDuDossierCard.Ligne(t, vue, etapeEnCours, tableauEnCours, ligneEnCours, retour)
                : EtapeDuDossierCard.Etape(t, vue, index, retour));
        }

        if (!vue.Dossier.EstModifiable && demande.Aller != Deplacements.Recapitulatif)
        {
            return InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, vue, t.Format(CleTexte.DossierLectureSeule, t["Etat." + vue.Dossier.Etat]), false, cancellationToken));
        }

        var heure = t.Heure(timeProvider.GetUtcNow());
        return demande.Aller switch
        {
            Deplacements.Suivante when index < vue.Formulaire.Etapes.Count - 1 => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index + 1)),
            Deplacements.Precedente => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, Math.Max(0, index - 1))),
            Deplacements.Enregistrer => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index, bandeau: t.Format(CleTexte.DossierEnregistre, heure))),
            Deplacements.Etape when vue.Formulaire.Etape(demande.Vers ?? string.Empty) is { } vers => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, vue.IndexDe(vers.Id))),
            Deplacements.AjouterLigne when etape is { } e && tableau is { } tab => InvokeResponse.Carte(EtapeDuDossierCard.Ligne(t, vue, e, tab, LignesDuTableau.NouvelIdentifiant(timeProvider))),
            Deplacements.ModifierLigne when etape is { } e && tableau is { } tab && demande.Ligne is { } ligne && LignesDuTableau.De(vue.Dossier, tab.Id).Contains(ligne) => InvokeResponse.Carte(EtapeDuDossierCard.Ligne(t, vue, e, tab, ligne)),
            Deplacements.ModifierLigne => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index, bandeau: t[CleTexte.DossierLigneDisparue])),
            Deplacements.SupprimerLigne => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index, bandeau: t[CleTexte.DossierLigneSupprimee])),
            Deplacements.EnregistrerLigne => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index, bandeau: t.Format(CleTexte.DossierEnregistre, heure))),
            Deplacements.Suivante or Deplacements.Recapitulatif => InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, vue, null, false, cancellationToken)),
            _ => LectureDesDonnees.CarteInvalide(t),
        };
    }

    /// <summary>
    /// The entries of this step only: its fields, or the cells of the row being saved. Anything else in the data is
    /// ignored; null when the data names a field in a way no card of ours would (forged).
    /// </summary>
    private static List<Saisie>? Saisies(FormulaireDeDossier formulaire, EtapeDuFormulaire etape, DonneesDeDossier demande, IReadOnlyDictionary<string, string> valeurs)
    {
        var vues = demande.Vues ?? new Dictionary<string, string>();
        if (demande.Aller == Deplacements.EnregistrerLigne)
        {
            if (demande.Tableau is not { } tableau || demande.Ligne is not { } ligne || !CelluleDeTableau.EstUnIdentifiantDeLigne(ligne))
            {
                return null;
            }

            var prefixe = CelluleDeTableau.PrefixeDeLigne(tableau, ligne);
            return [.. valeurs.Where(v => v.Key.StartsWith(prefixe, StringComparison.Ordinal) && formulaire.Definition(v.Key) is not null)
                .Select(v => new Saisie(v.Key, v.Value, vues.GetValueOrDefault(v.Key)))];
        }

        return [.. etape.Champs.Where(c => c.Nature != NatureDeChamp.Tableau && valeurs.ContainsKey(c.Id))
            .Select(c => new Saisie(c.Id, valeurs[c.Id], vues.GetValueOrDefault(c.Id)))];
    }

    /// <summary>A table's buttons name a table of the step (and a well-formed row where one is meant); nothing else does.</summary>
    private static bool DesignationValide(DonneesDeDossier demande, EtapeDuFormulaire? etape)
    {
        var ligneRequise = demande.Aller is Deplacements.ModifierLigne or Deplacements.SupprimerLigne or Deplacements.EnregistrerLigne;
        var tableauRequis = ligneRequise || demande.Aller == Deplacements.AjouterLigne;
        if (demande.Tableau is null)
        {
            return !tableauRequis;
        }

        return etape is not null && etape.Champs.Any(c => c.Id == demande.Tableau && c.Nature == NatureDeChamp.Tableau)
            && (demande.Ligne is { } ligne ? CelluleDeTableau.EstUnIdentifiantDeLigne(ligne) : !ligneRequise);
    }
}
