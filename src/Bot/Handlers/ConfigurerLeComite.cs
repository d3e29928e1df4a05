using Conventions.Catalogue;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"comité" in a team channel: the setup card, listing the team's members as Teams knows them.</summary>
public sealed class ConfigurerLeComite(CatalogueDesConventions catalogue, ComitesStockes comites, ConnectorClient connector) : IIntention
{
    public string Verbe => "comite";

    public IReadOnlyCollection<string> Commandes { get; } = ["comite", "configurer le comite", "committee", "set up the committee"];

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var activite = tour.Activity;
        if (activite.ChannelData?.Team?.Id is not { } equipe)
        {
            return ComiteCard.Message(tour.Textes[CleTexte.ComiteHorsCanal]);
        }

        var canal = activite.ChannelData.Channel?.Id ?? equipe;
        if (await comites.ComiteDuCanalAsync(equipe, canal, cancellationToken) is { } existant)
        {
            return ComiteCard.Message(tour.Textes.Format(CleTexte.ComiteDejaConfigure, existant.Comite.Nom));
        }

        var membres = new List<TeamsMember>();
        await foreach (var membre in connector.TousLesMembresAsync(activite.ServiceUrl!, equipe, cancellationToken))
        {
            membres.Add(membre);
        }

        return ComiteCard.Configuration(tour.Textes, catalogue, membres);
    }
}
