using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Votes;

namespace TeamsConventions.Application.Comites;

/// <summary>Where a call's committees hold their votes, as the front door knows them (in Teams, the channels the call names).</summary>
public interface ILieuxDesVotes
{
    /// <summary>
    /// The committee with statutes <paramref name="statuts"/> sitting where <paramref name="appel"/> holds its votes,
    /// once it is set up there and its place can be reached; null otherwise.
    /// </summary>
    Task<Comite?> ComiteAsync(AppelAProjets appel, string statuts, CancellationToken cancellationToken);

    /// <summary>Whether the vote is already before its committee (its card posted).</summary>
    Task<bool> EstPublieAsync(ScrutinId id, CancellationToken cancellationToken);

    /// <summary>Puts the opened vote before the committee sitting in <paramref name="lieu"/>; false when that place cannot be reached now.</summary>
    Task<bool> PublierDansAsync(LieuDuComite lieu, Scrutin scrutin, CancellationToken cancellationToken);

    /// <summary>Puts the opened vote before its committee where it sits; false when that place cannot be reached now.</summary>
    Task<bool> PublierAsync(AppelAProjets appel, Scrutin scrutin, CancellationToken cancellationToken);
}
