using System.Text.Json;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The chair closes the vote from their personal view of the card.</summary>
public sealed class CloreLeVote(ClotureDesVotes cloture, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.CloreLeVote;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Vote(donnees) is not { } vote || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        try
        {
            return InvokeResponse.Carte(VoteCard.Personnelle(tour.Textes, await cloture.CloturerAsync(vote.Id, membre, timeProvider.GetUtcNow(), cancellationToken), membre));
        }
        catch (KeyNotFoundException)
        {
            return LectureDesDonnees.VoteIntrouvable(tour.Textes);
        }
    }
}
