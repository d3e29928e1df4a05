using Conventions.Calendrier;
using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"mes conventions": my drafts, then the conventions I sign or run the signature of, where each stands, those waiting for my signature first.</summary>
public sealed class AfficherMesConventions(IConventions conventions, RedactionDUneConvention redaction, TimeProvider timeProvider) : IIntention
{
    public string Verbe => "mesConventions";

    public IReadOnlyCollection<string> Commandes { get; } = ["mes conventions", "my agreements", "my conventions"];

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        return tour.Membre is not { } membre
            ? MesElementsCard.SansIdentite(tour.Textes)
            : ConventionCard.MesConventions(
                tour.Textes, await redaction.BrouillonsAsync(membre, cancellationToken), await conventions.DuMembreAsync(membre, cancellationToken), membre, Bruxelles.Jour(timeProvider.GetUtcNow()));
    }
}
