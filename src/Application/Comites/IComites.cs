using Conventions.Comites;

namespace TeamsConventions.Application.Comites;

/// <summary>The committees as stored.</summary>
public interface IComites
{
    /// <summary>The committee, or null if there is no such committee.</summary>
    Task<Comite?> ChargerAsync(ComiteId id, CancellationToken cancellationToken);
}
