using Conventions.Membres;
using Conventions.Seances;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.Seances;

/// <summary>
/// The secretariat of the committee sitting in <c>lieu</c> plans its next meeting, or a written procedure with its
/// deadline (<see cref="Seance.Planifier"/>). Returns null when no committee sits there.
/// </summary>
public sealed class PlanifierUneSeance(ISeances seances, IComites comites, TimeProvider timeProvider)
{
    public async Task<Seance?> ExecuterAsync(LieuDuComite lieu, ModeDeSeance mode, DateTimeOffset date, MembreId par, CancellationToken cancellationToken)
    {
        if (await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite)
        {
            return null;
        }

        var seance = Seance.Planifier(SeanceId.Nouveau(), comite, mode, date, par, timeProvider.GetUtcNow());
        await seances.CreerAsync(seance, cancellationToken);
        return seance;
    }
}
