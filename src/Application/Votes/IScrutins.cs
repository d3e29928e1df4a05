using Conventions.Membres;
using Conventions.Votes;

namespace TeamsConventions.Application.Votes;

/// <summary>The votes as stored: the port the vote use cases persist through.</summary>
public interface IScrutins
{
    /// <summary>The vote as it stands, or null if there is no such vote.</summary>
    Task<Scrutin?> ChargerAsync(ScrutinId id, CancellationToken cancellationToken);

    /// <summary>Stores the opened vote; false when a vote with its id exists already (another press opened it first).</summary>
    Task<bool> OuvrirAsync(Scrutin scrutin, CancellationToken cancellationToken);

    /// <summary>
    /// Records (or changes) the member's ballot, returning only once it is certain to be counted; a broken rule (the
    /// vote closed, a guest, a recusal) is a <see cref="Conventions.Erreurs.RegleMetierException"/>, an unknown vote a
    /// <see cref="KeyNotFoundException"/>.
    /// </summary>
    Task VoterAsync(ScrutinId id, MembreId membre, Choix choix, DateTimeOffset maintenant, CancellationToken cancellationToken);

    /// <summary>
    /// Closes the vote and records its outcome, counted from the ballots; closing a closed vote returns its outcome.
    /// Before the deadline only the chair may (<see cref="Scrutin.VerifierQuePeutClore"/>).
    /// </summary>
    Task<ResultatDuScrutin> CloturerAsync(ScrutinId id, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken);

    /// <summary>The open votes whose deadline falls before <paramref name="avant"/>.</summary>
    Task<IReadOnlyList<ScrutinId>> EcheantAvantAsync(DateTimeOffset avant, CancellationToken cancellationToken);

    /// <summary>Whether the vote's reminders were all handed over.</summary>
    Task<bool> RappelFaitAsync(ScrutinId id, CancellationToken cancellationToken);

    Task MarquerRappelAsync(ScrutinId id, CancellationToken cancellationToken);

    /// <summary>The vote is closed and what follows it is handed over: nothing waits on it any more.</summary>
    Task TerminerAsync(Scrutin scrutin, CancellationToken cancellationToken);
}
