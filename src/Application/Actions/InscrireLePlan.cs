using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Seances;

namespace TeamsConventions.Application.Actions;

/// <summary>
/// The secretariat of the committee sitting in <c>lieu</c> puts an action plan on its agenda
/// (<see cref="InscriptionALOrdreDuJour"/>): the Comité de suivi for its opinion (the version frozen with its hash),
/// then the Comité d'accompagnement for its validation. Each stage opens its own vote (the existing vote: quorum,
/// parity, recusal, the chair's close; secret if asked), never twice: pressed again, the vote already open stays as
/// it was opened. Returns null for a plan or a place without a committee; a broken rule (not the secretariat, an
/// empty plan, a stage the plan is not at, a full agenda) is a <see cref="RegleMetierException"/>.
/// </summary>
public sealed class InscrireLePlan(IPlans plans, IComites comites, CatalogueDesConventions catalogue, InscriptionALOrdreDuJour inscription, IDocumentsDesPlans documents, TimeProvider timeProvider)
{
    public async Task<Inscription?> ExecuterAsync(PlanDActionsId id, LieuDuComite lieu, bool secret, MembreId par, CancellationToken cancellationToken)
    {
        if (await plans.ChargerAsync(id, cancellationToken) is not { } lu || await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite
            || catalogue.Plans.GetValueOrDefault(lu.Type) is not { } formulaire || await comites.ChargerAsync(lu.Comite, cancellationToken) is not { } redacteur)
        {
            return null;
        }

        return await inscription.ExecuterAsync(lieu, comite, async (_, echeance) =>
        {
            var maintenant = timeProvider.GetUtcNow();
            var plan = lu;
            var etape = EtapeDuComite.Avis;
            if (plan.Etat == EtatDuProjet.SoumisALAvis && comite.Id == plan.Comite)
            {
                // Already frozen for this committee's opinion: pressing again posts the vote if it could not be posted.
                ParcoursDAgrement.ExigerLeSecretariat(comite, par, maintenant);
            }
            else
            {
                plan = await plans.ModifierAsync(id, p => etape = p.InscrireALOrdreDuJour(comite, formulaire, par, maintenant), cancellationToken) ?? plan;
            }

            var empreinte = plan.EmpreinteSoumise ?? plan.EmpreinteDuContenu();
            var objet = new ObjetDuVote(NatureDeLObjet.PlanDActions, plan.Id.ToString(), $"{formulaire.Libelle} {plan.Annee} — {redacteur.Nom}", empreinte,
                AdresseDuDocument: documents.Adresse(plan.Id, empreinte, echeance + TimeSpan.FromDays(30)));
            return new PointAVoter(tentative => ScrutinId.DuPlan(plan.Id, plan.Version, etape, tentative), objet);
        }, secret, par, cancellationToken);
    }
}
