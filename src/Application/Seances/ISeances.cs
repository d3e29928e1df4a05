using Conventions.Comites;
using Conventions.Seances;

namespace TeamsConventions.Application.Seances;

/// <summary>The committees' meetings as stored.</summary>
public interface ISeances
{
    /// <summary>The meeting, or null if there is no such meeting.</summary>
    Task<Seance?> ChargerAsync(SeanceId id, CancellationToken cancellationToken);

    /// <summary>Every meeting of the committee, by date.</summary>
    Task<IReadOnlyList<Seance>> DuComiteAsync(ComiteId comite, CancellationToken cancellationToken);

    /// <summary>Stores a new meeting and lists it among its committee's.</summary>
    Task CreerAsync(Seance seance, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="modification"/> to the meeting and saves it; on a concurrent save, starts again from a
    /// fresh read. Returns the meeting as saved, or null if there is no such meeting.
    /// </summary>
    Task<Seance?> ModifierAsync(SeanceId id, Action<Seance> modification, CancellationToken cancellationToken);
}
