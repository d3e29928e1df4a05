using Conventions.Membres;
using Conventions.Votes;

namespace TeamsConventions.Application.Votes;

/// <summary>
/// A member votes (or changes their vote). The member is the person the front door authenticated, never anyone named
/// in what they sent. Returns the vote as that member now sees it (their ballot in the live count), or null if there
/// is no such vote; a broken rule is a <see cref="Conventions.Erreurs.RegleMetierException"/>.
/// </summary>
public sealed class Voter(IScrutins scrutins, IVueDesScrutins vue, TimeProvider timeProvider)
{
    public async Task<Scrutin?> ExecuterAsync(ScrutinId id, MembreId membre, Choix choix, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        try
        {
            await scrutins.VoterAsync(id, membre, choix, maintenant, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }

        vue.Signaler(id);

        // The live count as the channel's card last read it (a quarter of a second old at most), with this ballot.
        if ((vue.Dernier(id) ?? (await scrutins.ChargerAsync(id, cancellationToken))?.Enregistrement()) is not { } lu)
        {
            return null;
        }

        var scrutin = Scrutin.Restaurer(lu);
        if (!scrutin.EstClos)
        {
            scrutin.Voter(membre, choix, maintenant);
        }

        return scrutin;
    }
}
