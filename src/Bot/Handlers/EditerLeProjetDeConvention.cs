using System.Text.Json;
using Conventions.Accords;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The buttons of a convention's draft: start one of a kind, every step's buttons the way a dossier's work (the
/// step's entries saved first, a refusal or a conflict kept on the step with what was typed), add a co-drafter,
/// draw the convention up — then the card to designate its signatories.
/// </summary>
public sealed class EditerLeProjetDeConvention(RedactionDUneConvention redaction, IDocumentsDesConventions documents, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.ProjetDeConvention;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        if (LectureDesDonnees.Dossier(donnees) is not { } demande || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        var valeurs = LectureDesDonnees.Saisies(donnees);
        try
        {
            if (demande.Aller == Deplacements.Commencer)
            {
                var nouveau = await redaction.CommencerAsync(demande.Type ?? string.Empty, new Redacteur(membre, tour.Activity.From?.Name ?? string.Empty), cancellationToken);
                return InvokeResponse.Carte(EtapeDuDossierCard.Etape(t, new VueDuProjet(nouveau), 0));
            }

            if (!Guid.TryParseExact(demande.Projet, "N", out var guid) || await redaction.OuvrirAsync(new ConventionId(guid), cancellationToken) is not { } ouvert)
            {
                return Introuvable(t);
            }

            return demande.Aller switch
            {
                Deplacements.AjouterRedacteur => await AjouterRedacteurAsync(t, ouvert, valeurs, membre, cancellationToken),
                Deplacements.Rediger => await RedigerAsync(t, ouvert, membre, cancellationToken),
                _ => await EtapeAsync(t, ouvert, demande, valeurs, membre, cancellationToken),
            };
        }
        catch (RegleMetierException erreur) when (demande.Aller != Deplacements.Commencer && Guid.TryParseExact(demande.Projet, "N", out var guid))
        {
            return await redaction.OuvrirAsync(new ConventionId(guid), cancellationToken) is { } actuel
                ? InvokeResponse.Carte(ProjetDeConventionCard.Recapitulatif(t, new VueDuProjet(actuel), t.Erreur(erreur), true, valeurs))
                : Introuvable(t);
        }
        catch (RegleMetierException erreur)
        {
            return InvokeResponse.Carte(ComiteCard.Message(t.Erreur(erreur)));
        }
    }

    private static InvokeResponse Introuvable(Textes t) => InvokeResponse.Erreur(StatusCodes.Status404NotFound, "projet-de-convention.introuvable", t[CleTexte.ProjetIntrouvable]);

    private async Task<InvokeResponse> EtapeAsync(Textes t, ProjetOuvert ouvert, DonneesDeDossier demande, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        var vue = new VueDuProjet(ouvert);
        var etape = demande.Etape is null ? null : vue.Formulaire.Etape(demande.Etape);
        var saisies = etape is null ? [] : NavigationDesEtapes.Saisies(vue.Formulaire, etape, demande, valeurs);
        var supprimer = demande.Aller == Deplacements.SupprimerLigne;
        if (saisies is null || !NavigationDesEtapes.DesignationValide(demande, etape))
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        if (ouvert.Projet.Redige)
        {
            return InvokeResponse.Carte(ProjetDeConventionCard.Recapitulatif(t, vue, t[CleTexte.ProjetLectureSeule], saisies.Count > 0 || supprimer));
        }

        ResultatDeSaisie? retour = null;
        if (saisies.Count > 0 || supprimer)
        {
            var ligne = supprimer && demande is { Tableau: { } tableau, Ligne: { } ligneVisee } ? (tableau, ligneVisee) : ((string, string)?)null;
            if (await redaction.EnregistrerAsync(ouvert.Projet.Id, saisies, ligne, membre, cancellationToken) is not { } enregistre)
            {
                return Introuvable(t);
            }

            (vue, retour) = (new VueDuProjet(enregistre.Projet), enregistre.Resultat);
        }

        var recapitulatif = vue;
        return await NavigationDesEtapes.AllerAsync(t, vue, etape, demande, retour, timeProvider, () => Task.FromResult(InvokeResponse.Carte(ProjetDeConventionCard.Recapitulatif(t, recapitulatif))));
    }

    private async Task<InvokeResponse> AjouterRedacteurAsync(Textes t, ProjetOuvert ouvert, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        if (!MembreId.EssayerDepuis(valeurs.GetValueOrDefault(ProjetDeConventionCard.ChampRedacteur), out var invite)
            || valeurs.GetValueOrDefault(ProjetDeConventionCard.ChampNomDuRedacteur)?.Trim() is not { Length: > 0 } nom)
        {
            return InvokeResponse.Carte(ProjetDeConventionCard.Recapitulatif(t, new VueDuProjet(ouvert), t[CleTexte.ProjetRedacteurInvalide], true, valeurs));
        }

        var apres = await redaction.AjouterRedacteurAsync(ouvert.Projet.Id, new Redacteur(invite, nom), membre, cancellationToken);
        return apres is null ? Introuvable(t) : InvokeResponse.Carte(ProjetDeConventionCard.Recapitulatif(t, new VueDuProjet(apres), t.Format(CleTexte.ProjetRedacteurAjoute, nom)));
    }

    private async Task<InvokeResponse> RedigerAsync(Textes t, ProjetOuvert ouvert, MembreId membre, CancellationToken cancellationToken)
    {
        if (await redaction.RedigerAsync(ouvert.Projet.Id, membre, cancellationToken) is not { } convention)
        {
            return Introuvable(t);
        }

        var document = new Uri(documents.Adresse(convention.Id, convention.EmpreinteEnVigueur, timeProvider.GetUtcNow().AddDays(SuitesDesConventions.DureeDuLienEnJours)));
        var suggestions = await redaction.NomsDesSignatairesAsync(convention, cancellationToken);
        return InvokeResponse.Carte(ConventionCard.Designation(t, convention, document, suggestions, Conventions.Calendrier.Bruxelles.Jour(timeProvider.GetUtcNow()), message: t[CleTexte.ProjetRedige]));
    }
}
