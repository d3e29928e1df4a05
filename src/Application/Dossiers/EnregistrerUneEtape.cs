using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;

namespace TeamsConventions.Application.Dossiers;

/// <summary>The dossier as saved, and how each entry fared (refused with its reason, or in conflict with another editor's).</summary>
public sealed record EtapeEnregistree(DossierDeProposition Dossier, ResultatDeSaisie Resultat);

/// <summary>
/// An editor saves what they typed on a step (and removes a table's row if they asked): every valid entry is kept,
/// a refused or conflicting one comes back with its reason. The editors' lists follow the dossier's completion.
/// Returns null for a dossier that does not exist; a broken rule (not an editor, no longer modifiable) is a
/// <see cref="RegleMetierException"/>.
/// </summary>
public sealed class EnregistrerUneEtape(IDossiers dossiers, IAppelsAProjets appels, CatalogueDesConventions catalogue, ISuitesDesDossiers suites)
{
    public async Task<EtapeEnregistree?> ExecuterAsync(
        DossierId id, MembreId editeur, IReadOnlyList<Saisie> saisies, (string Tableau, string Ligne)? ligneASupprimer, CancellationToken cancellationToken)
    {
        ResultatDeSaisie? resultat = null;
        var avant = 0;
        var enregistre = await dossiers.ModifierAsync(id, d =>
        {
            var appel = appels.Trouver(d.Appel) ?? throw new RegleMetierException(CodesErreur.AppelInconnu, d.Appel);
            var formulaire = catalogue.Formulaires[d.Type];
            avant = d.PourcentageRempli(catalogue.Type(d.Type));
            resultat = d.Saisir(saisies, formulaire, appel, editeur);
            if (ligneASupprimer is { } ligne)
            {
                d.SupprimerLigne(formulaire, ligne.Tableau, ligne.Ligne, editeur);
            }
        }, cancellationToken);
        if (enregistre is null || resultat is null)
        {
            return null;
        }

        if (enregistre.PourcentageRempli(catalogue.Type(enregistre.Type)) != avant)
        {
            await suites.ModifieAsync(enregistre, cancellationToken);
        }

        return new EtapeEnregistree(enregistre, resultat);
    }
}
