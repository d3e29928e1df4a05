using Conventions.Catalogue;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"comité" in a team channel: the setup's first card, the committee's statutes.</summary>
public sealed class ConfigurerLeComite(CatalogueDesConventions catalogue, ComitesStockes comites) : IIntention
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
            return ComiteCard.Existant(tour.Textes, existant.Comite);
        }

        return ComiteCard.Statuts(tour.Textes, catalogue);
    }
}
