using TeamsConventions.Application.Seances;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"ordre du jour" in a committee's channel: its next meeting and items, what its secretariat may put on it, the minutes to write.</summary>
public sealed class OrdreDuJourDuComite(ConsulterLOrdreDuJour consulter, TimeProvider timeProvider) : IIntention
{
    public string Verbe => Verbes.Agenda;

    public IReadOnlyCollection<string> Commandes { get; } = ["ordre du jour", "agenda"];

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        if (LieuDuTour.Comite(tour) is not { } lieu)
        {
            return ComiteCard.Message(t[CleTexte.OdjHorsCanal]);
        }

        return await consulter.ExecuterAsync(lieu, cancellationToken) is { } ordre
            ? OrdreDuJourCard.Composer(t, ordre, timeProvider.GetUtcNow())
            : ComiteCard.Message(t[CleTexte.PlanComiteNonConfigure]);
    }
}
