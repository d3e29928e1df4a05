using TeamsConventions.Application.ConventionsParticulieres;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// "conventions particulières" in a committee's channel: the particular conventions the Comité de suivi drafts, each
/// to open, and a new one to start; in the Comité d'accompagnement's channel, those awaiting its validation.
/// </summary>
public sealed class ConventionsParticulieresDuComite(ConsulterLaConventionParticuliere consulter) : IIntention
{
    public string Verbe => Verbes.ConventionsParticulieres;

    public IReadOnlyCollection<string> Commandes { get; } = ["conventions particulieres", "convention particuliere", "particular agreements", "particular agreement"];

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        if (LieuDuTour.Comite(tour) is not { } lieu)
        {
            return ComiteCard.Message(t[CleTexte.CpHorsCanal]);
        }

        return await consulter.DuLieuAsync(lieu, cancellationToken) is { } duLieu
            ? ConventionParticuliereCard.Liste(t, duLieu.Comite, duLieu.Valide, duLieu.Conventions)
            : ComiteCard.Message(t[CleTexte.PlanComiteNonConfigure]);
    }
}
