using Conventions.Calendrier;
using Conventions.Comites;
using Conventions.Membres;

namespace TeamsConventions.Application.Comites;

/// <summary>
/// The secretariat designates the President and Vice-President for a mandate starting today in Brussels (R08:
/// different sides, alternating, one year; a broken rule is a <see cref="Conventions.Erreurs.RegleMetierException"/>).
/// Returns the committee with its new mandate, or null for a committee that does not exist.
/// </summary>
public sealed class DesignerLaPresidence(IComites comites, TimeProvider timeProvider)
{
    public Task<Comite?> ExecuterAsync(ComiteId id, MembreId president, MembreId vicePresident, MembreId secretariat, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        return comites.ModifierAsync(id, c => c.DesignerPresidence(president, vicePresident, Bruxelles.Jour(maintenant), secretariat, maintenant), cancellationToken);
    }
}
