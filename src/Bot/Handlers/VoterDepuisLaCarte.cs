using System.Text.Json;
using Conventions.Votes;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Pour / Contre / Abstention on a vote card. The voter is the person Teams authenticated, never anyone named in
/// the card's data; the ballot is stored on its own rows and the channel card is refreshed (coalesced).
/// </summary>
public sealed class VoterDepuisLaCarte(ScrutinsStockes scrutins, ActualisationDesVotes actualisation, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.Voter;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Vote(donnees) is not { Choix: { } texteChoix } vote
            || !Enum.TryParse<Choix>(texteChoix, ignoreCase: false, out var choix) || !Enum.IsDefined(choix) || int.TryParse(texteChoix, out _)
            || tour.Membre is not { } membre)
        {
            return InvokeResponse.Erreur(StatusCodes.Status400BadRequest, "carte.invalide", tour.Textes[CleTexte.ErreurCarteInvalide]);
        }

        if (await scrutins.ChargerAsync(vote.Id, cancellationToken) is null)
        {
            return InvokeResponse.Erreur(StatusCodes.Status404NotFound, "vote.introuvable", tour.Textes[CleTexte.ErreurVoteIntrouvable]);
        }

        await scrutins.VoterAsync(vote.Id, membre, choix, timeProvider.GetUtcNow(), cancellationToken);
        actualisation.Signaler(vote.Id);
        var charge = await scrutins.ChargerAsync(vote.Id, cancellationToken);
        return InvokeResponse.Carte(VoteCard.Personnelle(tour.Textes, charge!.Scrutin, membre));
    }
}
