using Conventions.Dossiers;

namespace TeamsConventions.Application.Dossiers;

/// <summary>The calls for proposals the organisation has configured.</summary>
public interface IAppelsAProjets
{
    /// <summary>The call, or null if it is not (or no longer) configured.</summary>
    AppelAProjets? Trouver(string? id);

    IEnumerable<AppelAProjets> Tous { get; }

    /// <summary>How many days before a call closes the editors of unsubmitted dossiers are reminded.</summary>
    IReadOnlyList<int> RappelsAvantCloture { get; }

    /// <summary>How long a committee's vote on a dossier stays open.</summary>
    TimeSpan DureeDuVote { get; }
}
