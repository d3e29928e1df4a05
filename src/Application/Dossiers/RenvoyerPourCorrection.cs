using Conventions.Dossiers;
using Conventions.Membres;

namespace TeamsConventions.Application.Dossiers;

/// <summary>
/// The analysts send a submitted dossier back with their comment: it reopens for its editors, who are told why.
/// Returns null for a dossier that does not exist; a broken rule (the dossier no longer being analysed) is a
/// <see cref="Conventions.Erreurs.RegleMetierException"/>.
/// </summary>
public sealed class RenvoyerPourCorrection(IDossiers dossiers, ISuitesDesDossiers suites, TimeProvider timeProvider)
{
    public async Task<DossierDeProposition?> ExecuterAsync(DossierId id, MembreId analyste, string commentaire, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        if (await dossiers.ModifierAsync(id, d => d.RenvoyerPourCorrection(commentaire, analyste, maintenant), cancellationToken) is not { } renvoye)
        {
            return null;
        }

        await suites.RenvoyeAsync(renvoye, cancellationToken);
        return renvoye;
    }
}
