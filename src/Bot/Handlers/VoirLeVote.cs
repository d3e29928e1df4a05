using System.Text.Json;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The automatic refresh of a vote card: each member sees their own situation (their vote, a recusal, a guest's view).</summary>
public sealed class VoirLeVote(ConsulterLeVote consulter) : IActionDeCarte
{
    public string Verbe => Verbes.VoirVote;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Vote(donnees) is not { } vote || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        return await consulter.ExecuterAsync(vote.Id, cancellationToken) is { } scrutin
            ? InvokeResponse.Carte(VoteCard.Personnelle(tour.Textes, scrutin, membre))
            : LectureDesDonnees.VoteIntrouvable(tour.Textes);
    }
}
