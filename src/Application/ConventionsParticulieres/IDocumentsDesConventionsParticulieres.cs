using Conventions.Actions;

namespace TeamsConventions.Application.ConventionsParticulieres;

/// <summary>A particular convention's document as the committees read it.</summary>
public interface IDocumentsDesConventionsParticulieres
{
    /// <summary>Where the version with hash <paramref name="empreinte"/> can be read until <paramref name="jusqua"/>.</summary>
    string Adresse(ConventionParticuliereId convention, string empreinte, DateTimeOffset jusqua);
}
