using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Seances;

namespace TeamsConventions.Application.ConventionsParticulieres;

/// <summary>
/// The secretariat of the committee sitting in <c>lieu</c> puts a particular convention on its agenda
/// (<see cref="InscriptionALOrdreDuJour"/>): complete (R11), for the Comité de suivi's opinion, then for the Comité
/// d'accompagnement's validation; each stage its own vote, opened once. Returns null for a draft or a place without a
/// committee; a broken rule is a <see cref="Conventions.Erreurs.RegleMetierException"/>.
/// </summary>
public sealed class InscrireLaConventionParticuliere(
    IConventionsParticulieres conventions, ConsulterLaConventionParticuliere consulter, IComites comites, CatalogueDesConventions catalogue, InscriptionALOrdreDuJour inscription,
    IDocumentsDesConventionsParticulieres documents, TimeProvider timeProvider)
{
    public async Task<Inscription?> ExecuterAsync(ConventionParticuliereId id, LieuDuComite lieu, bool secret, MembreId par, CancellationToken cancellationToken)
    {
        if (await consulter.ExecuterAsync(id, cancellationToken) is not { } ouverte || await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite)
        {
            return null;
        }

        var cadre = catalogue.Type(ouverte.Formulaire.Cadre);
        return await inscription.ExecuterAsync(lieu, comite, async (_, echeance) =>
        {
            var maintenant = timeProvider.GetUtcNow();
            var projet = ouverte.Projet;
            var etape = EtapeDuComite.Avis;
            if (projet.Etat == EtatDuProjet.SoumisALAvis && comite.Id == projet.Comite)
            {
                ParcoursDAgrement.ExigerLeSecretariat(comite, par, maintenant);
            }
            else
            {
                projet = await conventions.ModifierAsync(id, p => etape = p.InscrireALOrdreDuJour(comite, ouverte.Formulaire, cadre, par, maintenant), cancellationToken) ?? projet;
            }

            var empreinte = projet.EmpreinteSoumise ?? projet.EmpreinteDuContenu();
            var objet = new ObjetDuVote(NatureDeLObjet.ConventionParticuliere, projet.Id.ToString(), $"{ouverte.Formulaire.Libelle} «\u00a0{projet.Intitule(ouverte.Formulaire)}\u00a0» — {ouverte.Comite.Nom}", empreinte,
                BceDuDemandeur: null, AdresseDuDocument: documents.Adresse(projet.Id, empreinte, echeance + TimeSpan.FromDays(30)));
            return new PointAVoter(tentative => ScrutinId.DeLaConventionParticuliere(projet.Id, projet.Version, etape, tentative), objet);
        }, secret, par, cancellationToken);
    }
}
