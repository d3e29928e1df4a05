using Conventions.Membres;
using Conventions.Votes;

namespace TeamsConventions.Application.Votes;

/// <summary>The votes as stored: the port the vote use cases persist through.</summary>
public interface IScrutins
{
    /// <summary>The vote as it stands, or null if there is no such vote.</summary>
    Task<Scrutin?> ChargerAsync(ScrutinId id, CancellationToken cancellationToken);

    /// <summary>
    /// Records (or changes) the member's ballot, returning only once it is certain to be counted; a broken rule (the
    /// vote closed, a guest, a recusal) is a <see cref="Conventions.Erreurs.RegleMetierException"/>, an unknown vote a
    /// <see cref="KeyNotFoundException"/>.
    /// </summary>
    Task VoterAsync(ScrutinId id, MembreId membre, Choix choix, DateTimeOffset maintenant, CancellationToken cancellationToken);
}
