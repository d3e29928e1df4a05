using Conventions.Dossiers;

namespace TeamsConventions.Application.Dossiers;

/// <summary>The calls for proposals the organisation has configured.</summary>
public interface IAppelsAProjets
{
    /// <summary>The call, or null if it is not (or no longer) configured.</summary>
    AppelAProjets? Trouver(string? id);

    /// <summary>How long a committee's vote on a dossier stays open.</summary>
    TimeSpan DureeDuVote { get; }
}
