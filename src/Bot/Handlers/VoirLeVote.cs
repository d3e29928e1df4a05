using System.Text.Json;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The automatic refresh of a vote card: each member sees their own situation (their vote, a recusal, a guest's view).</summary>
public sealed class VoirLeVote(ScrutinsStockes scrutins) : IActionDeCarte
{
    public string Verbe => Verbes.VoirVote;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Vote(donnees) is not { } vote || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        return await scrutins.ChargerAsync(vote.Id, cancellationToken) is { } charge
            ? InvokeResponse.Carte(VoteCard.Personnelle(tour.Textes, charge.Scrutin, membre))
            : LectureDesDonnees.VoteIntrouvable(tour.Textes);
    }
}
