using Conventions.Accords;
using Conventions.Membres;

namespace TeamsConventions.Application.Accords;

/// <summary>The conventions as stored.</summary>
public interface IConventions
{
    /// <summary>The convention, or null if there is no such convention.</summary>
    Task<Convention?> ChargerAsync(ConventionId id, CancellationToken cancellationToken);

    /// <summary>Stores a new convention; false when one with its id exists already (it was drawn up before).</summary>
    Task<bool> CreerAsync(Convention convention, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="modification"/> to the convention and saves it; on a concurrent save, starts again from
    /// a fresh read. Returns the convention as saved, or null if there is no such convention.
    /// </summary>
    Task<Convention?> ModifierAsync(ConventionId id, Action<Convention> modification, CancellationToken cancellationToken);

    /// <summary>The conventions a person has a part in (designated to sign one, or its secretariat).</summary>
    Task<IReadOnlyList<Convention>> DuMembreAsync(MembreId membre, CancellationToken cancellationToken);

    /// <summary>The conventions whose signature round is under way (drawn up, not yet in force).</summary>
    Task<IReadOnlyList<Convention>> EnSignatureAsync(CancellationToken cancellationToken);

    /// <summary>Lists the convention among <paramref name="membre"/>'s.</summary>
    Task AssocierAsync(ConventionId convention, MembreId membre, CancellationToken cancellationToken);
}
