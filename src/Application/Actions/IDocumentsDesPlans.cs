using Conventions.Actions;

namespace TeamsConventions.Application.Actions;

/// <summary>An action plan's document as the committee reads it.</summary>
public interface IDocumentsDesPlans
{
    /// <summary>Where the version with hash <paramref name="empreinte"/> can be read until <paramref name="jusqua"/>.</summary>
    string Adresse(PlanDActionsId plan, string empreinte, DateTimeOffset jusqua);
}
