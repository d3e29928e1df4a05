using System.Text.Json;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// "Déposer le dossier": complete (R01) and in time (R02), the version is frozen with its hash; the editors get the
/// confirmation, the analysts' channel gets the dossier with its actions.
/// </summary>
public sealed partial class DeposerLeDossier(
    DossiersEnCours dossiers, AppelsAProjets appels, ConversationReferences references, ConnectorClient connector, AvisAuxEditeurs avis,
    LiensDeDocument liens, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<DeposerLeDossier> journal) : IActionDeCarte
{
    /// <summary>The analysts' card keeps its link for a month: they may take that long to decide.</summary>
    public static readonly TimeSpan ValiditeDuLienDesAnalystes = TimeSpan.FromDays(30);

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
        await avis.EnvoyerAsync(vue, vue.Dossier.Editeurs.Where(e => e != editeur), textes => textes.Format(CleTexte.DossierDeposeParUnCoEditeur, nom, vue.Dossier.Version), cancellationToken);
        var analystesPrevenus = await PrevenirLesAnalystesAsync(vue, nom, cancellationToken);
        var confirmation = t.Format(CleTexte.DossierDepose, DossierCardParts.Date(t, maintenant), vue.Dossier.Version)
            + (analystesPrevenus ? string.Empty : " " + t[CleTexte.DossierAnalystesInjoignables]);
        return InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, vue, confirmation, !analystesPrevenus, cancellationToken));
    }

    private async Task<bool> PrevenirLesAnalystesAsync(VueDuDossier vue, string deposePar, CancellationToken cancellationToken)
    {
        var configuration = appels.Configuration(vue.Dossier.Appel)!;
        if (await references.PourCanalAsync(configuration.EquipeDesAnalystes, configuration.CanalDesAnalystes, cancellationToken) is not { } canal)
        {
            CanalDesAnalystesInconnu(journal, vue.Dossier.Id.ToString(), configuration.CanalDesAnalystes);
            return false;
        }

        var textes = Textes.Choisir(options.Value.Langue, null);
        var lien = liens.Creer(vue.Dossier.Id, vue.Dossier.EmpreinteSoumise!, timeProvider.GetUtcNow().Add(ValiditeDuLienDesAnalystes));
        try
        {
            await connector.EnvoyerAsync(canal.ServiceUrl, canal.ChannelId, Activity.CarteAdaptative(AnalyseDuDossierCard.Composer(textes, vue, deposePar, lien)), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            CanalDesAnalystesInconnu(journal, vue.Dossier.Id.ToString(), $"{configuration.CanalDesAnalystes} ({e.Message})");
            return false;
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Dossier {Dossier} submitted but the analysts' channel {Canal} could not be reached (is the bot installed in its team?).")]
    private static partial void CanalDesAnalystesInconnu(ILogger logger, string dossier, string canal);
}
