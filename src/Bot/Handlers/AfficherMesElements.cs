using Conventions.Calendrier;
using Conventions.Suivi;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"mes dossiers" / "my items": the member's items, read from storage.</summary>
public sealed class AfficherMesElements(IElementsSuivis elements, TimeProvider timeProvider) : IIntention
{
    public string Verbe => Verbes.MesElements;

    public IReadOnlyCollection<string> Commandes { get; } =
        ["mes dossiers", "mes elements", "mes conventions", "mon tableau de bord", "my items", "my dossiers", "my agreements"];

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (tour.Membre is not { } membre)
        {
            return MesElementsCard.SansIdentite(tour.Textes);
        }

        var tableau = TableauDeBordPersonnel.Composer(await elements.ListerAsync(membre, cancellationToken));
        return MesElementsCard.Composer(tour.Textes, tableau, timeProvider.GetUtcNow());
    }
}
