using TeamsConventions.Application.Comites;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>Where a message or a press came from, as a committee's place: a team's channel (its General channel has the team's id); null outside a team.</summary>
internal static class LieuDuTour
{
    public static LieuDuComite? Comite(Tour tour) =>
        tour.Activity.ChannelData?.Team?.Id is { } equipe ? new LieuDuComite(equipe, tour.Activity.ChannelData.Channel?.Id ?? equipe) : null;
}
