using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;

namespace TeamsConventions.Application.Dossiers;

/// <summary>The submitted dossier, and whether its analysts could be reached at once.</summary>
public sealed record DossierDepose(DossierDeProposition Dossier, bool AnalystesPrevenus);

/// <summary>
/// An editor submits the dossier: complete (R01) and in time (R02), the version is frozen with its content's hash
/// (R03); the other editors and the analysts are told. Returns null for a dossier that does not exist; a broken rule
/// (not an editor, incomplete, the call closed, already submitted) is a <see cref="RegleMetierException"/>.
/// </summary>
public sealed class DeposerLeDossier(IDossiers dossiers, IAppelsAProjets appels, CatalogueDesConventions catalogue, ISuitesDesDossiers suites, TimeProvider timeProvider)
{
    public async Task<DossierDepose?> ExecuterAsync(DossierId id, MembreId editeur, string nomDeLEditeur, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        var depose = await dossiers.ModifierAsync(
            id,
            d => d.Soumettre(appels.Trouver(d.Appel) ?? throw new RegleMetierException(CodesErreur.AppelInconnu, d.Appel), catalogue.Type(d.Type), d.EmpreinteDuContenu(), editeur, maintenant),
            cancellationToken);
        if (depose is not { } dossier)
        {
            return null;
        }

        return new DossierDepose(dossier, await suites.DeposeAsync(dossier, editeur, nomDeLEditeur, cancellationToken));
    }
}
