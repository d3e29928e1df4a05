using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The analysts' channel of a dossier's call: their card, and the link to the document it carries.</summary>
public sealed partial class CanalDesAnalystes(
    AppelsAProjets appels, BoiteDEnvoi boite, LiensDeDocument liens, TimeProvider timeProvider, ILogger<CanalDesAnalystes> journal)
{
    /// <summary>The analysts' card keeps its link for a month: they may take that long to decide.</summary>
    public static readonly TimeSpan ValiditeDuLien = TimeSpan.FromDays(30);

    public Uri Lien(VueDuDossier vue)
    {
        ArgumentNullException.ThrowIfNull(vue);
        return liens.Creer(vue.Dossier.Id, vue.Dossier.EmpreinteSoumise ?? vue.Dossier.EmpreinteDuContenu(), timeProvider.GetUtcNow().Add(ValiditeDuLien));
    }

    public AdaptiveCard Carte(Textes textes, VueDuDossier vue, string? erreur) => AnalyseDuDossierCard.Composer(textes, vue, null, Lien(vue), erreur);

    /// <summary>
    /// Deposits the analysts' card in the outbox: it reaches their channel as soon as the bot knows it (installed in
    /// the team), whatever Teams does meanwhile; <paramref name="signalerA"/> is told if it can never get there.
    /// False (and logged) only when the call is no longer configured.
    /// </summary>
    public async Task<bool> PosterAsync(string motif, VueDuDossier vue, string? deposePar, string? information, IReadOnlyList<Destinataire> signalerA, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vue);
        if (appels.Configuration(vue.Dossier.Appel) is not { } configuration)
        {
            LogAppelRetire(journal, vue.Dossier.Id.ToString(), vue.Dossier.Appel);
            return false;
        }

        var lien = Lien(vue);
        await boite.DeposerAsync(
            motif,
            [new Destinataire.Canal(configuration.EquipeDesAnalystes, configuration.CanalDesAnalystes, null)],
            t => Activity.CarteAdaptative(AnalyseDuDossierCard.Composer(t, vue, deposePar, lien, information: information)),
            t => t.Format(CleTexte.AnalyseObjetDeLaCarte, vue.Intitule),
            signalerA,
            cancellationToken);
        return true;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "The analysts' card of dossier {Dossier} has nowhere to go: its call {Appel} is no longer configured.")]
    private static partial void LogAppelRetire(ILogger logger, string dossier, string appel);
}
