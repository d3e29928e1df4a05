using Conventions.Dossiers;

namespace TeamsConventions.Application.Dossiers;

/// <summary>The calls for proposals the organisation has configured.</summary>
public interface IAppelsAProjets
{
    /// <summary>The call, or null if it is not (or no longer) configured.</summary>
    AppelAProjets? Trouver(string? id);
}
