using Conventions.Accords;
using Conventions.Membres;

namespace TeamsConventions.Application.Accords;

/// <summary>The drafts of conventions started in chat, as stored.</summary>
public interface IProjetsDeConvention
{
    Task<ProjetDeConvention?> ChargerAsync(ConventionId id, CancellationToken cancellationToken);

    Task CreerAsync(ProjetDeConvention projet, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="modification"/> and saves; on a concurrent save, starts again from a fresh read.
    /// Returns the draft as saved, or null if there is no such draft.
    /// </summary>
    Task<ProjetDeConvention?> ModifierAsync(ConventionId id, Action<ProjetDeConvention> modification, CancellationToken cancellationToken);

    /// <summary>The drafts <paramref name="membre"/> is a drafter of and that are not drawn up yet.</summary>
    Task<IReadOnlyList<ProjetDeConvention>> DuRedacteurAsync(MembreId membre, CancellationToken cancellationToken);
}
