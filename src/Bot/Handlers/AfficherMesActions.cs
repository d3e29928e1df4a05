using TeamsConventions.Application.Actions;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"mes actions": the actions the person Teams authenticated owns in the plans of record (R12), to update.</summary>
public sealed class AfficherMesActions(SuivreLesActions suivre) : IIntention
{
    public string Verbe => "mesActions";

    public IReadOnlyCollection<string> Commandes { get; } = ["mes actions", "my actions"];

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        return tour.Membre is { } membre
            ? MesActionsCard.Composer(tour.Textes, await suivre.MesActionsAsync(membre, cancellationToken))
            : MesElementsCard.SansIdentite(tour.Textes);
    }
}
