using System.Text.Json;
using Conventions.Votes;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Pour / Contre / Abstention on a vote card, mapped to the <see cref="Voter"/> use case. The voter is the person
/// Teams authenticated, never anyone named in the card's data; the answer is the member's own view of the card.
/// </summary>
public sealed class VoterDepuisLaCarte(Voter voter) : IActionDeCarte
{
    public string Verbe => Verbes.Voter;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Vote(donnees) is not { Choix: { } texteChoix } vote
            || !Enum.TryParse<Choix>(texteChoix, ignoreCase: false, out var choix) || !Enum.IsDefined(choix) || int.TryParse(texteChoix, out _)
            || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        return await voter.ExecuterAsync(vote.Id, membre, choix, cancellationToken) is { } vue
            ? InvokeResponse.Carte(VoteCard.Personnelle(tour.Textes, vue, membre))
            : LectureDesDonnees.VoteIntrouvable(tour.Textes);
    }
}
