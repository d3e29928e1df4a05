using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The bot was added to a personal chat or a team: it introduces itself there, once.</summary>
public sealed class Accueillir(ConnectorClient connector)
{
    public async Task AccueillirAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var activity = tour.Activity;
        if (activity is { ServiceUrl: { } serviceUrl, Conversation.Id: { } conversation })
        {
            await connector.EnvoyerAsync(serviceUrl, conversation, Activity.CarteAdaptative(AccueilCard.Composer(tour.Textes, activity.DansUneEquipe(), AfficherAide.NomDuBot(tour))), cancellationToken);
        }
    }
}
