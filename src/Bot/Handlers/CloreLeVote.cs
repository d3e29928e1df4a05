using System.Text.Json;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The chair closes the vote from their personal view of the card: the <see cref="CloturerLeVote"/> use case.</summary>
public sealed class CloreLeVote(CloturerLeVote cloturer, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.CloreLeVote;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Vote(donnees) is not { } vote || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        return await cloturer.ExecuterAsync(vote.Id, membre, timeProvider.GetUtcNow(), cancellationToken) is { } clos
            ? InvokeResponse.Carte(VoteCard.Personnelle(tour.Textes, clos, membre))
            : LectureDesDonnees.VoteIntrouvable(tour.Textes);
    }
}
