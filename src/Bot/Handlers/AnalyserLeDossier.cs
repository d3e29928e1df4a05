using System.Text.Json;
using Conventions.Dossiers;
using Conventions.Membres;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The analysts' buttons, in their channel only: send the dossier back with a comment (it reopens for its editors),
/// or put it to the committee (R03, R06): <see cref="TransmettreAuComite"/>.
/// </summary>
public sealed class AnalyserLeDossier(
    DossiersEnCours dossiers, AppelsAProjets appels, CanalDesAnalystes analystes, RenvoyerPourCorrection renvoyer, TransmettreAuComite transmettre, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.AnalyseDossier;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        if (LectureDesDonnees.Dossier(donnees) is not { Decision: DecisionsDAnalyse.Renvoyer or DecisionsDAnalyse.Transmettre, Version: { } version } demande
            || DossierId.Lire(demande.Dossier) is not { } id || tour.Membre is not { } analyste)
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        if (await dossiers.Depot.ChargerAsync(id, cancellationToken) is not { } charge)
        {
            return LectureDesDonnees.DossierIntrouvable(t);
        }

        var vue = dossiers.Vue(charge.Dossier);
        if (appels.Configuration(vue.Dossier.Appel) is not { } configuration)
        {
            return InvokeResponse.Carte(AnalyseDuDossierCard.Decide(t, vue, t.Format(CleTexte.AnalyseAppelRetire, vue.Dossier.Appel)));
        }

        var canal = tour.Activity.ChannelData?.Channel?.Id ?? tour.Activity.ChannelData?.Team?.Id;
        if (tour.Activity.ChannelData?.Team?.Id != configuration.EquipeDesAnalystes || canal != configuration.CanalDesAnalystes)
        {
            return InvokeResponse.Erreur(StatusCodes.Status403Forbidden, "analyse.reservee", t[CleTexte.ErreurReserveAuxAnalystes]);
        }

        var nom = tour.Activity.From?.Name ?? t[CleTexte.DossierEditeurSansNom];
        return demande.Decision == DecisionsDAnalyse.Renvoyer
            ? await RenvoyerAsync(tour, vue, version, analyste, nom, LectureDesDonnees.Saisies(donnees).GetValueOrDefault(DecisionsDAnalyse.ChampCommentaire), cancellationToken)
            : await TransmettreAsync(tour, vue, version, analyste, nom, cancellationToken);
    }

    private async Task<InvokeResponse> RenvoyerAsync(Tour tour, VueDuDossier vue, int version, MembreId analyste, string nom, string? commentaire, CancellationToken cancellationToken)
    {
        var t = tour.Textes;
        if (vue.Dossier.Version != version || vue.Dossier.Etat is not (EtatDuDossier.Soumis or EtatDuDossier.EnAnalyse))
        {
            return DejaTraitee(t, vue, version);
        }

        if (string.IsNullOrWhiteSpace(commentaire))
        {
            return InvokeResponse.Carte(analystes.Carte(t, vue, t[CleTexte.AnalyseCommentaireRequis]));
        }

        if (await renvoyer.ExecuterAsync(vue.Dossier.Id, analyste, commentaire, cancellationToken) is not { } renvoye)
        {
            return LectureDesDonnees.DossierIntrouvable(t);
        }

        return InvokeResponse.Carte(AnalyseDuDossierCard.Decide(t, dossiers.Vue(renvoye), t.Format(CleTexte.AnalyseRenvoye, nom, timeProvider.GetUtcNow(), renvoye.CommentaireDeCorrection ?? commentaire)));
    }

    private async Task<InvokeResponse> TransmettreAsync(Tour tour, VueDuDossier vue, int version, MembreId analyste, string nom, CancellationToken cancellationToken)
    {
        var t = tour.Textes;
        if (await transmettre.ExecuterAsync(vue.Dossier.Id, version, analyste, cancellationToken) is not { } transmission)
        {
            return LectureDesDonnees.DossierIntrouvable(t);
        }

        var apres = dossiers.Vue(transmission.Dossier);
        return transmission switch
        {
            { Issue: IssueDeLaTransmission.Transmis, Comite: { } comite, Echeance: { } echeance } =>
                InvokeResponse.Carte(AnalyseDuDossierCard.Decide(t, apres, t.Format(CleTexte.AnalyseTransmis, nom, comite.Nom, echeance))),
            { Issue: IssueDeLaTransmission.AppelRetire } => InvokeResponse.Carte(AnalyseDuDossierCard.Decide(t, apres, t.Format(CleTexte.AnalyseAppelRetire, apres.Dossier.Appel))),
            { Issue: IssueDeLaTransmission.ComiteNonConfigure } => InvokeResponse.Carte(analystes.Carte(t, apres, t[CleTexte.AnalyseComiteNonConfigure])),
            { Issue: IssueDeLaTransmission.VoteNonPublie } => InvokeResponse.Carte(analystes.Carte(t, apres, t[CleTexte.AnalyseVoteNonPublie])),
            _ => DejaTraitee(t, apres, version),
        };
    }

    private static InvokeResponse DejaTraitee(Textes t, VueDuDossier vue, int version) =>
        InvokeResponse.Carte(AnalyseDuDossierCard.Decide(t, vue, t.Format(CleTexte.AnalyseDejaTraitee, version, t["Etat." + vue.Dossier.Etat])));
}
