using Conventions.Comites;

namespace TeamsConventions.Application.Comites;

/// <summary>The committees as stored, and the place each one sits in.</summary>
public interface IComites
{
    /// <summary>The committee, or null if there is no such committee.</summary>
    Task<Comite?> ChargerAsync(ComiteId id, CancellationToken cancellationToken);

    /// <summary>The committee sitting in <paramref name="lieu"/>, or null if none does.</summary>
    Task<Comite?> DuLieuAsync(LieuDuComite lieu, CancellationToken cancellationToken);

    /// <summary>The committees with these statutes that sit somewhere (bound to their place).</summary>
    Task<IReadOnlyList<Comite>> ParStatutsAsync(string statuts, CancellationToken cancellationToken);

    /// <summary>Stores a new committee.</summary>
    Task EnregistrerAsync(Comite comite, CancellationToken cancellationToken);

    /// <summary>Binds the committee to its place (one committee per place); false when another committee holds it.</summary>
    Task<bool> LierAsync(LieuDuComite lieu, ComiteId comite, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="modification"/> to the committee and saves it; on a concurrent save, starts again from a
    /// fresh read. Returns the committee as saved, or null if there is no such committee.
    /// </summary>
    Task<Comite?> ModifierAsync(ComiteId id, Action<Comite> modification, CancellationToken cancellationToken);
}
