using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"nouveau dossier": the calls for proposals open now, to start a dossier for one of them.</summary>
public sealed class ProposerUnDossier(AppelsAProjets appels, TimeProvider timeProvider) : IIntention
{
    public string Verbe => Verbes.NouveauDossier;

    public IReadOnlyCollection<string> Commandes { get; } = ["nouveau dossier", "nouveau", "deposer un dossier", "new dossier", "new application", "new"];

    public Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var maintenant = timeProvider.GetUtcNow();
        return Task.FromResult(AppelsCard.Composer(tour.Textes, appels.Ouverts(maintenant), appels.Prochain(maintenant)));
    }
}
