using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Votes;

namespace TeamsConventions.Application.Votes;

/// <summary>
/// What follows a closed vote, handed over to be delivered once and retried (never waited on): the outcome
/// announced where the vote was held, and, for a dossier, its editors and analysts told.
/// </summary>
public interface ISuitesDesVotes
{
    Task AnnoncerAsync(Scrutin scrutin, ResultatDuScrutin resultat, Comite? comite, DossierId? dossier, CancellationToken cancellationToken);

    /// <summary>The reason stored on a dossier the deciding committee rejected, in the organisation's language.</summary>
    string MotifDeRejet(DateOnly jour, ResultatDuScrutin resultat);
}
