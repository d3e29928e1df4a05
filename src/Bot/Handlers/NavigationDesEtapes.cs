using Conventions.Catalogue;
using Conventions.Dossiers;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The buttons of a form's step cards, whatever the form (a dossier's, a convention draft's): which entries a press
/// carries, whether it names a table and row the way our cards do, and the card it leads to.
/// </summary>
public static class NavigationDesEtapes
{
    /// <summary>Where the press asked to go, once its entries are saved: a refusal or a conflict keeps the editor where they were.</summary>
    public static async Task<InvokeResponse> AllerAsync(
        Textes t, ISaisieEnCours vue, EtapeDuFormulaire? etape, DonneesDeDossier demande, ResultatDeSaisie? retour, TimeProvider timeProvider, Func<Task<InvokeResponse>> recapitulatif)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(vue);
        ArgumentNullException.ThrowIfNull(demande);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(recapitulatif);
        var index = vue.IndexDe(etape?.Id);
        var tableau = demande.Tableau is { } id ? etape?.Champs.FirstOrDefault(c => c.Id == id) : null;
        if (retour is { EstSansReserve: false })
        {
            return InvokeResponse.Carte(demande.Aller == Deplacements.EnregistrerLigne && etape is { } etapeEnCours && tableau is { } tableauEnCours && demande.Ligne is { } ligneEnCours
                ? EtapeDuDossierCard.Ligne(t, vue, etapeEnCours, tableauEnCours, ligneEnCours, retour)
                : EtapeDuDossierCard.Etape(t, vue, index, retour));
        }

        var heure = t.Heure(timeProvider.GetUtcNow());
        return demande.Aller switch
        {
            Deplacements.Suivante when index < vue.Formulaire.Etapes.Count - 1 => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index + 1)),
            Deplacements.Precedente => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, Math.Max(0, index - 1))),
            Deplacements.Enregistrer => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index, bandeau: t.Format(CleTexte.DossierEnregistre, heure))),
            Deplacements.Etape when vue.Formulaire.Etape(demande.Vers ?? string.Empty) is { } vers => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, vue.IndexDe(vers.Id))),
            Deplacements.AjouterLigne when etape is { } e && tableau is { } tab => InvokeResponse.Carte(EtapeDuDossierCard.Ligne(t, vue, e, tab, LignesDuTableau.NouvelIdentifiant(timeProvider))),
            Deplacements.ModifierLigne when etape is { } e && tableau is { } tab && demande.Ligne is { } ligne && LignesDuTableau.De(vue.Champs, tab.Id).Contains(ligne) => InvokeResponse.Carte(EtapeDuDossierCard.Ligne(t, vue, e, tab, ligne)),
            Deplacements.ModifierLigne => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index, bandeau: t[CleTexte.DossierLigneDisparue])),
            Deplacements.SupprimerLigne => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index, bandeau: t[CleTexte.DossierLigneSupprimee])),
            Deplacements.EnregistrerLigne => InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, vue, index, bandeau: t.Format(CleTexte.DossierEnregistre, heure))),
            Deplacements.Suivante or Deplacements.Recapitulatif => await recapitulatif(),
            _ => LectureDesDonnees.CarteInvalide(t),
        };
    }

    /// <summary>
    /// The entries of this step only: its fields, or the cells of the row being saved. Anything else in the data is
    /// ignored; null when the data names a field in a way no card of ours would (forged).
    /// </summary>
    public static List<Saisie>? Saisies(FormulaireDeDossier formulaire, EtapeDuFormulaire etape, DonneesDeDossier demande, IReadOnlyDictionary<string, string> valeurs)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(etape);
        ArgumentNullException.ThrowIfNull(demande);
        ArgumentNullException.ThrowIfNull(valeurs);
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
    public static bool DesignationValide(DonneesDeDossier demande, EtapeDuFormulaire? etape)
    {
        ArgumentNullException.ThrowIfNull(demande);
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
