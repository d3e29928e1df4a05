using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The analysts' channel of a dossier's call: their card, and the link to the document it carries.</summary>
public sealed partial class CanalDesAnalystes(
    AppelsAProjets appels, ConversationReferences references, ConnectorClient connector, LiensDeDocument liens, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<CanalDesAnalystes> journal)
{
    /// <summary>The analysts' card keeps its link for a month: they may take that long to decide.</summary>
    public static readonly TimeSpan ValiditeDuLien = TimeSpan.FromDays(30);

    public Uri Lien(VueDuDossier vue)
    {
        ArgumentNullException.ThrowIfNull(vue);
        return liens.Creer(vue.Dossier.Id, vue.Dossier.EmpreinteSoumise ?? vue.Dossier.EmpreinteDuContenu(), timeProvider.GetUtcNow().Add(ValiditeDuLien));
    }

    public AdaptiveCard Carte(Textes textes, VueDuDossier vue, string? erreur) => AnalyseDuDossierCard.Composer(textes, vue, null, Lien(vue), erreur);

    /// <summary>Posts the analysts' card; false (and logged) when the channel is unknown or Teams refuses the post.</summary>
    public async Task<bool> PosterAsync(VueDuDossier vue, string? deposePar, string? information, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vue);
        var configuration = appels.Configuration(vue.Dossier.Appel);
        if (configuration is null || await references.PourCanalAsync(configuration.EquipeDesAnalystes, configuration.CanalDesAnalystes, cancellationToken) is not { } canal)
        {
            LogInjoignable(journal, vue.Dossier.Id.ToString(), configuration?.CanalDesAnalystes ?? vue.Dossier.Appel, "no conversation reference: is the bot installed in its team?");
            return false;
        }

        var carte = AnalyseDuDossierCard.Composer(Textes.Choisir(options.Value.Langue, null), vue, deposePar, Lien(vue), information: information);
        try
        {
            await connector.EnvoyerAsync(canal.ServiceUrl, canal.ChannelId, Activity.CarteAdaptative(carte), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            LogInjoignable(journal, vue.Dossier.Id.ToString(), configuration.CanalDesAnalystes, e.Message);
            return false;
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "The analysts' card of dossier {Dossier} could not be posted in {Canal}: {Raison}.")]
    private static partial void LogInjoignable(ILogger logger, string dossier, string canal, string raison);
}
