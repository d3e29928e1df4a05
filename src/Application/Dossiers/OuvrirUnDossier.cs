using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;

namespace TeamsConventions.Application.Dossiers;

/// <summary>
/// Someone starts a dossier on a call: a new draft whose first editor is that person. An unknown call is a
/// <see cref="RegleMetierException"/>.
/// </summary>
public sealed class OuvrirUnDossier(IDossiers dossiers, IAppelsAProjets appels, ISuitesDesDossiers suites, TimeProvider timeProvider)
{
    public async Task<DossierDeProposition> ExecuterAsync(string appel, MembreId auteur, CancellationToken cancellationToken)
    {
        var trouve = appels.Trouver(appel) ?? throw new RegleMetierException(CodesErreur.AppelInconnu, appel);
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), trouve, auteur, timeProvider.GetUtcNow());
        await dossiers.CreerAsync(dossier, cancellationToken);
        await suites.ModifieAsync(dossier, cancellationToken);
        return dossier;
    }
}
