using Conventions.Dossiers;

namespace TeamsConventions.Application.Dossiers;

/// <summary>The dossier's document as people read it.</summary>
public interface IDocumentsDesDossiers
{
    /// <summary>Where the version with hash <paramref name="empreinte"/> can be read until <paramref name="jusqua"/>.</summary>
    string Adresse(DossierId dossier, string empreinte, DateTimeOffset jusqua);
}
