using System.Text.Json;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>The chair closes the vote from their personal view of the card.</summary>
public sealed class CloreLeVote(ClotureDesVotes cloture, ScrutinsStockes scrutins, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.CloreLeVote;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Vote(donnees) is not { } vote || tour.Membre is not { } membre)
        {
            return InvokeResponse.Erreur(StatusCodes.Status400BadRequest, "carte.invalide", tour.Textes[CleTexte.ErreurCarteInvalide]);
        }

        if (await scrutins.ChargerAsync(vote.Id, cancellationToken) is null)
        {
            return InvokeResponse.Erreur(StatusCodes.Status404NotFound, "vote.introuvable", tour.Textes[CleTexte.ErreurVoteIntrouvable]);
        }

        await cloture.CloturerAsync(vote.Id, membre, timeProvider.GetUtcNow(), cancellationToken);
        return InvokeResponse.Carte(VoteCard.Personnelle(tour.Textes, (await scrutins.ChargerAsync(vote.Id, cancellationToken))!.Scrutin, membre));
    }
}
