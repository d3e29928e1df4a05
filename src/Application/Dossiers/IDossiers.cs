using Conventions.Dossiers;

namespace TeamsConventions.Application.Dossiers;

/// <summary>The dossiers as stored.</summary>
public interface IDossiers
{
    /// <summary>Stores a new dossier, and lists it among its call's dossiers.</summary>
    Task CreerAsync(DossierDeProposition dossier, CancellationToken cancellationToken);

    /// <summary>The dossier, or null if there is no such dossier.</summary>
    Task<DossierDeProposition?> ChargerAsync(DossierId id, CancellationToken cancellationToken);

    /// <summary>The dossiers of a call.</summary>
    Task<IReadOnlyList<DossierId>> DuAppelAsync(string appel, CancellationToken cancellationToken);

    /// <summary>Records that the dossier's editors were reminded <paramref name="joursAvant"/> days before the call's close; false when they already were.</summary>
    Task<bool> MarquerRappelAsync(string appel, DossierId dossier, int joursAvant, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="modification"/> to the dossier and saves it; on a concurrent save, starts again from a
    /// fresh read. Returns the dossier as saved, or null if there is no such dossier.
    /// </summary>
    Task<DossierDeProposition?> ModifierAsync(DossierId id, Action<DossierDeProposition> modification, CancellationToken cancellationToken);
}
