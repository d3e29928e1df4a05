using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;

namespace TeamsConventions.Bot.Handlers;

public sealed class AfficherAide : IIntention
{
    public string Verbe => Verbes.Aide;

    public IReadOnlyCollection<string> Commandes { get; } = ["aide", "help", "?", "menu"];

    public Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        return Task.FromResult(AideCard.Composer(tour.Textes));
    }
}
