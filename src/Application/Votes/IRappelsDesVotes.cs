using Conventions.Membres;
using Conventions.Votes;

namespace TeamsConventions.Application.Votes;

/// <summary>Reminders handed over to be delivered once and retried: each member who has not voted, with a ballot.</summary>
public interface IRappelsDesVotes
{
    Task RappelerAsync(Scrutin scrutin, IReadOnlyList<MembreId> nonVotants, CancellationToken cancellationToken);
}
