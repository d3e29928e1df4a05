using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"nouvelle convention": the kinds drafted in chat, each with the button that starts a draft of it.</summary>
public sealed class NouvelleConvention(RedactionDUneConvention redaction) : IIntention
{
    public string Verbe => "nouvelleConvention";

    public IReadOnlyCollection<string> Commandes { get; } = ["nouvelle convention", "new agreement", "new convention"];

    public Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        return Task.FromResult(ProjetDeConventionCard.Types(tour.Textes, redaction.Types()));
    }
}
