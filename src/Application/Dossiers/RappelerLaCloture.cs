using Conventions.Dossiers;

namespace TeamsConventions.Application.Dossiers;

/// <summary>
/// Before a call closes (by default 7 days and 1 day before), the editors of every dossier not yet submitted are
/// reminded, once per dossier and delay.
/// </summary>
public sealed class RappelerLaCloture(IDossiers dossiers, IAppelsAProjets appels, ISuitesDesDossiers suites)
{
    /// <summary>The calls whose reminder is due now, with the delay (days before the close) that applies.</summary>
    public IReadOnlyList<(AppelAProjets Appel, int Jours)> Dus(DateTimeOffset maintenant) =>
        [.. appels.Tous.Select(a => (Appel: a, Jours: a.RappelEnCours(appels.RappelsAvantCloture, maintenant))).Where(d => d.Jours is not null).Select(d => (d.Appel, d.Jours ?? 0))];

    public Task<IReadOnlyList<DossierId>> DossiersAsync(AppelAProjets appel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appel);
        return dossiers.DuAppelAsync(appel.Id, cancellationToken);
    }

    /// <summary>Reminds the dossier's editors, unless it was submitted or they already were for this delay.</summary>
    public async Task ExecuterAsync(AppelAProjets appel, int jours, DossierId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appel);
        if (await dossiers.ChargerAsync(id, cancellationToken) is not { EstModifiable: true } dossier
            || !await dossiers.MarquerRappelAsync(appel.Id, id, jours, cancellationToken))
        {
            return;
        }

        await suites.RappelAsync(dossier, appel, jours, cancellationToken);
    }
}
