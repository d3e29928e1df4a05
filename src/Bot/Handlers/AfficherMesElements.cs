using TeamsConventions.Application.Suivi;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"mes dossiers" / "my items": the <see cref="ConsulterMesElements"/> use case, as a card.</summary>
public sealed class AfficherMesElements(ConsulterMesElements consulter, TimeProvider timeProvider) : IIntention
{
    public string Verbe => Verbes.MesElements;

    public IReadOnlyCollection<string> Commandes { get; } =
        ["mes dossiers", "mes elements", "mon tableau de bord", "my items", "my dossiers"];

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (tour.Membre is not { } membre)
        {
            return MesElementsCard.SansIdentite(tour.Textes);
        }

        return MesElementsCard.Composer(tour.Textes, await consulter.ExecuterAsync(membre, cancellationToken), timeProvider.GetUtcNow());
    }
}
