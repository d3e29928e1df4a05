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
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        var maintenant = timeProvider.GetUtcNow();
        try
        {
            await scrutins.VoterAsync(vote.Id, membre, choix, maintenant, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return LectureDesDonnees.VoteIntrouvable(tour.Textes);
        }

        actualisation.Signaler(vote.Id);

        // The live count as last read for the channel card (a quarter of a second old at most), with this ballot.
        if ((actualisation.Dernier(vote.Id) ?? (await scrutins.ChargerAsync(vote.Id, cancellationToken))?.Scrutin.Enregistrement()) is not { } lu)
        {
            return LectureDesDonnees.VoteIntrouvable(tour.Textes);
        }

        var vue = Scrutin.Restaurer(lu);
        if (!vue.EstClos)
        {
            vue.Voter(membre, choix, maintenant);
        }

        return InvokeResponse.Carte(VoteCard.Personnelle(tour.Textes, vue, membre));
    }
}
