using Conventions.Votes;

namespace TeamsConventions.Application.Votes;

/// <summary>A member looks at a vote (a card's refresh): the vote as it stands, or null if there is no such vote.</summary>
public sealed class ConsulterLeVote(IScrutins scrutins)
{
    public Task<Scrutin?> ExecuterAsync(ScrutinId id, CancellationToken cancellationToken) => scrutins.ChargerAsync(id, cancellationToken);
}
