using System.Text.Json;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The analysts' buttons, in their channel only: send the dossier back with a comment (it reopens for its editors),
/// or put it to the committee (R03): the committee's channel gets the vote on this very version.
/// </summary>
public sealed class AnalyserLeDossier(
    DossiersEnCours dossiers, AppelsAProjets appels, ComitesStockes comites, ScrutinsStockes scrutins, ConversationReferences references,
    PublicationDesVotes publication, AvisAuxEditeurs avis, CanalDesAnalystes analystes, LiensDeDocument liens, RenvoyerPourCorrection renvoyer,
    IOptions<DossiersOptions> options, TimeProvider timeProvider) : IActionDeCarte
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
        var dejaTransmis = vue.Dossier.Etat == EtatDuDossier.InscritAuComite && demande.Decision == DecisionsDAnalyse.Transmettre;
        if (vue.Dossier.Version != version || !(vue.Dossier.Etat is EtatDuDossier.Soumis or EtatDuDossier.EnAnalyse || dejaTransmis))
        {
            return InvokeResponse.Carte(AnalyseDuDossierCard.Decide(t, vue, t.Format(CleTexte.AnalyseDejaTraitee, version, t["Etat." + vue.Dossier.Etat])));
        }

        return demande.Decision == DecisionsDAnalyse.Renvoyer
            ? await RenvoyerAsync(tour, vue, analyste, nom, LectureDesDonnees.Saisies(donnees).GetValueOrDefault(DecisionsDAnalyse.ChampCommentaire), cancellationToken)
            : await TransmettreAsync(tour, vue, charge, configuration, analyste, nom, cancellationToken);
    }

    private async Task<InvokeResponse> RenvoyerAsync(Tour tour, VueDuDossier vue, MembreId analyste, string nom, string? commentaire, CancellationToken cancellationToken)
    {
        var t = tour.Textes;
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

    private async Task<InvokeResponse> TransmettreAsync(Tour tour, VueDuDossier vue, DossierCharge charge, AppelOptions configuration, MembreId analyste, string nom, CancellationToken cancellationToken)
    {
        var t = tour.Textes;
        var prochain = vue.Dossier.ProchainVote(vue.Type);
        var (equipe, canalDuComite) = Canal(prochain, vue.Type, configuration);
        var statuts = prochain.StatutsDuComite;
        if (await comites.ComiteDuCanalAsync(equipe, canalDuComite, cancellationToken) is not { } comite || comite.Comite.Statuts.Code != statuts
            || await references.PourCanalAsync(equipe, canalDuComite, cancellationToken) is not { } canal)
        {
            return InvokeResponse.Carte(analystes.Carte(t, vue, t[CleTexte.AnalyseComiteNonConfigure]));
        }

        var maintenant = timeProvider.GetUtcNow();
        if (vue.Dossier.Etat != EtatDuDossier.InscritAuComite)
        {
            var inscrit = await dossiers.Depot.ModifierAsync(vue.Dossier.Id, d =>
            {
                if (d.Etat == EtatDuDossier.Soumis)
                {
                    d.PrendreEnAnalyse(analyste, maintenant);
                }

                d.InscrireAuComite(analyste, maintenant);
            }, cancellationToken, charge);
            vue = dossiers.Vue(inscrit.Dossier);
        }

        var echeance = maintenant.AddDays(options.Value.DureeDuVoteEnJours);
        var empreinte = vue.Dossier.EmpreinteSoumise ?? vue.Dossier.EmpreinteDuContenu();
        var objet = new ObjetDuVote(NatureDeLObjet.Dossier, vue.Dossier.Id.ToString(), vue.Intitule, empreinte,
            vue.Formulaire.BceDuDemandeurDans(vue.Dossier.Champs), liens.Creer(vue.Dossier.Id, empreinte, echeance.AddDays(30)).ToString());
        Scrutin scrutin;
        for (var tentative = 1; ; tentative++)
        {
            var id = ScrutinId.DuDossier(vue.Dossier.Id, vue.Dossier.Version, prochain.Etape, tentative);
            if (await scrutins.ChargerAsync(id, cancellationToken) is { } existant)
            {
                // A vote closed without effect (quorum or parity not met) leaves room for the next attempt.
                if (existant.Scrutin.EstClos)
                {
                    continue;
                }

                // Opened by an earlier press; posted too, unless that press failed in between.
                if (await scrutins.CarteAsync(id, cancellationToken) is not null)
                {
                    return InvokeResponse.Carte(AnalyseDuDossierCard.Decide(t, vue, t.Format(CleTexte.AnalyseDejaTraitee, vue.Dossier.Version, t["Etat." + vue.Dossier.Etat])));
                }

                scrutin = existant.Scrutin;
                echeance = scrutin.Echeance;
                break;
            }

            scrutin = Scrutin.Ouvrir(id, comite.Comite, objet, secret: false, echeance, analyste, maintenant);
            try
            {
                await scrutins.OuvrirAsync(scrutin, cancellationToken);
                break;
            }
            catch (ConcurrencyConflictException)
            {
                tentative--;
            }
        }

        try
        {
            await publication.PublierAsync(scrutin, canal, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            return InvokeResponse.Carte(analystes.Carte(t, vue, t[CleTexte.AnalyseVoteNonPublie]));
        }

        await dossiers.SuivreAsync(vue, cancellationToken);
        await avis.EnvoyerAsync($"dossier-transmis|{scrutin.Id}", vue, vue.Dossier.Editeurs, textes => textes.Format(CleTexte.DossierTransmisAuxEditeurs, comite.Comite.Nom), cancellationToken);
        return InvokeResponse.Carte(AnalyseDuDossierCard.Decide(t, vue, t.Format(CleTexte.AnalyseTransmis, nom, comite.Comite.Nom, echeance)));
    }

    /// <summary>
    /// The channel of the committee that votes next, as the call is configured: the call's committee gives the avis
    /// (or decides, when the kind asks for no avis); the deciding committee sits where the call says it does.
    /// </summary>
    private static (string Equipe, string Canal) Canal(ProchainVote prochain, Conventions.Catalogue.TypeDeConvention type, AppelOptions configuration) =>
        prochain.Etape == EtapeDuComite.Avis || type.AvisPrealable is null
            ? (configuration.EquipeDuComite, configuration.CanalDuComite)
            : (configuration.EquipeDuComiteQuiDecide, configuration.CanalDuComiteQuiDecide);
}
