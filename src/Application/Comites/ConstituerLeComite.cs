using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;

namespace TeamsConventions.Application.Comites;

/// <summary>
/// The secretariat sets up the committee that sits in <c>lieu</c>: its statutes, its name, its members and their
/// seats, checked against the statutes (a broken rule is a <see cref="Conventions.Erreurs.RegleMetierException"/>).
/// Stored first and then bound to its place: a failure in between leaves an unbound committee nothing uses, and the
/// next attempt binds a new one. Returns null when another setup bound the place first.
/// </summary>
public sealed class ConstituerLeComite(IComites comites, TimeProvider timeProvider)
{
    public async Task<Comite?> ExecuterAsync(
        LieuDuComite lieu, StatutsDeComite statuts, string nom, IReadOnlyList<MembreDeComite> membres, MembreId secretariat, CancellationToken cancellationToken)
    {
        var comite = Comite.Constituer(ComiteId.Nouveau(), nom, statuts, membres, secretariat, timeProvider.GetUtcNow());
        await comites.EnregistrerAsync(comite, cancellationToken);
        return await comites.LierAsync(lieu, comite.Id, cancellationToken) ? comite : null;
    }
}
