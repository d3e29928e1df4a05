using Conventions.Comites;
using Conventions.Membres;

namespace TeamsConventions.Application.Comites;

/// <summary>
/// The secretariat changes who sits on the committee and for which side, checked against its statutes (a broken rule
/// is a <see cref="Conventions.Erreurs.RegleMetierException"/>). Returns null for a committee that does not exist.
/// </summary>
public sealed class ModifierLaComposition(IComites comites, TimeProvider timeProvider)
{
    public Task<Comite?> ExecuterAsync(ComiteId id, IReadOnlyList<MembreDeComite> membres, MembreId secretariat, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        return comites.ModifierAsync(id, c => c.ModifierComposition(membres, [.. c.Membres.Select(m => m.Membre)], secretariat, maintenant), cancellationToken);
    }
}
