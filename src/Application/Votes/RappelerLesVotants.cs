using Conventions.Votes;

namespace TeamsConventions.Application.Votes;

/// <summary>
/// Once per vote, before its deadline, every elector who has not voted yet is reminded. Marked done only once every
/// reminder is handed over: a round cut short hands over the rest next time, and nobody is reminded twice.
/// </summary>
public sealed class RappelerLesVotants(IScrutins scrutins, IRappelsDesVotes rappels)
{
    public async Task ExecuterAsync(ScrutinId id, CancellationToken cancellationToken)
    {
        if (await scrutins.ChargerAsync(id, cancellationToken) is not { EstClos: false } scrutin || await scrutins.RappelFaitAsync(id, cancellationToken))
        {
            return;
        }

        await rappels.RappelerAsync(scrutin, [.. scrutin.Electeurs.Where(m => !scrutin.AVote(m))], cancellationToken);
        await scrutins.MarquerRappelAsync(id, cancellationToken);
    }
}
