using Conventions.Actions;
using Conventions.Comites;

namespace TeamsConventions.Application.ConventionsParticulieres;

/// <summary>The particular conventions the committees draft, as stored.</summary>
public interface IConventionsParticulieres
{
    /// <summary>The draft, or null if there is no such draft.</summary>
    Task<ProjetDeConventionParticuliere?> ChargerAsync(ConventionParticuliereId id, CancellationToken cancellationToken);

    /// <summary>Every particular convention the committee drafted, oldest first.</summary>
    Task<IReadOnlyList<ProjetDeConventionParticuliere>> DuComiteAsync(ComiteId comite, CancellationToken cancellationToken);

    /// <summary>Those whose committee's opinion is favourable and whose validation is awaited, of every committee.</summary>
    Task<IReadOnlyList<ProjetDeConventionParticuliere>> AValiderAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new draft and lists it among its committee's.</summary>
    Task CreerAsync(ProjetDeConventionParticuliere projet, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="modification"/> to the draft and saves it; on a concurrent save, starts again from a
    /// fresh read. Returns the draft as saved, or null if there is no such draft.
    /// </summary>
    Task<ProjetDeConventionParticuliere?> ModifierAsync(ConventionParticuliereId id, Action<ProjetDeConventionParticuliere> modification, CancellationToken cancellationToken);
}
