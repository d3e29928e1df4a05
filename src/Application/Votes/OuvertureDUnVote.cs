using Conventions.Votes;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.Votes;

/// <summary>The vote an item gets at a stage, and whether it is already before its committee.</summary>
public sealed record VoteOuvert(Scrutin Scrutin, bool DejaPublie);

/// <summary>
/// Opens the vote of an item at a stage, whose ids are known in advance per attempt, never twice: the open one an
/// earlier press opened is taken back (posted already or not); the attempts that closed without effect (quorum or
/// parity not met) are passed over and the next one opened; two presses at once open one vote.
/// </summary>
public sealed class OuvertureDUnVote(IScrutins scrutins, ILieuxDesVotes lieux)
{
    public async Task<VoteOuvert> ExecuterAsync(Func<int, ScrutinId> idDeLaTentative, Func<ScrutinId, Scrutin> ouvrir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idDeLaTentative);
        ArgumentNullException.ThrowIfNull(ouvrir);
        for (var tentative = 1; ;)
        {
            var id = idDeLaTentative(tentative);
            if (await scrutins.ChargerAsync(id, cancellationToken) is { } existant)
            {
                if (existant.EstClos)
                {
                    tentative++;
                    continue;
                }

                return new VoteOuvert(existant, await lieux.EstPublieAsync(id, cancellationToken));
            }

            var scrutin = ouvrir(id);
            if (await scrutins.OuvrirAsync(scrutin, cancellationToken))
            {
                return new VoteOuvert(scrutin, DejaPublie: false);
            }
        }
    }
}
