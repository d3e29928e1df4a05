using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Application.Votes;

namespace TeamsConventions.Application.Actions;

public enum IssueDeLInscription
{
    /// <summary>The vote is open and before the committee.</summary>
    Inscrit,

    /// <summary>This version is already before the committee for this stage.</summary>
    DejaInscrit,

    /// <summary>The vote is open but could not be put before the committee now; pressing again posts it.</summary>
    VoteNonPublie,
}

public sealed record Inscription(IssueDeLInscription Issue, PlanDActions Plan, Comite Comite, Scrutin? Scrutin = null);

/// <summary>
/// The secretariat of the committee sitting in <c>lieu</c> puts an action plan on its agenda: the Comité de suivi
/// for its opinion (the version frozen with its hash), then the Comité d'accompagnement for its validation. Each
/// stage opens its own vote (the existing vote: quorum, parity, recusal, the chair's close; secret if asked), never
/// twice: pressed again, the vote already open stays as it was opened. Returns null
/// for a plan or a place without a committee; a broken rule (not the secretariat, an empty plan, a stage the plan is
/// not at) is a <see cref="RegleMetierException"/>.
/// </summary>
public sealed class InscrireLePlan(
    IPlans plans, IComites comites, CatalogueDesConventions catalogue, OuvertureDUnVote ouverture, ILieuxDesVotes lieux, IDocumentsDesPlans documents, IAppelsAProjets reglages,
    TimeProvider timeProvider)
{
    public async Task<Inscription?> ExecuterAsync(PlanDActionsId id, LieuDuComite lieu, bool secret, MembreId par, CancellationToken cancellationToken)
    {
        if (await plans.ChargerAsync(id, cancellationToken) is not { } plan || await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite
            || catalogue.Plans.GetValueOrDefault(plan.Type) is not { } formulaire || await comites.ChargerAsync(plan.Comite, cancellationToken) is not { } redacteur)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        EtapeDuComite etape;
        if (plan.Etat == EtatDuProjet.SoumisALAvis && comite.Id == plan.Comite)
        {
            // Already frozen for this committee's opinion: pressing again posts the vote if it could not be posted.
            ParcoursDAgrement.ExigerLeSecretariat(comite, par, maintenant);
            etape = EtapeDuComite.Avis;
        }
        else
        {
            var stade = EtapeDuComite.Avis;
            plan = await plans.ModifierAsync(id, p => stade = p.InscrireALOrdreDuJour(comite, formulaire, par, maintenant), cancellationToken) ?? plan;
            etape = stade;
        }

        var empreinte = plan.EmpreinteSoumise ?? plan.EmpreinteDuContenu();
        var echeance = maintenant + reglages.DureeDuVote;
        var objet = new ObjetDuVote(NatureDeLObjet.PlanDActions, plan.Id.ToString(), $"{formulaire.Libelle} {plan.Annee} — {redacteur.Nom}", empreinte,
            AdresseDuDocument: documents.Adresse(plan.Id, empreinte, echeance + TimeSpan.FromDays(30)));
        var (scrutin, dejaPublie) = await ouverture.ExecuterAsync(
            tentative => ScrutinId.DuPlan(plan.Id, plan.Version, etape, tentative),
            voteId => Scrutin.Ouvrir(voteId, comite, objet, secret, echeance, par, maintenant),
            cancellationToken);
        return dejaPublie
            ? new Inscription(IssueDeLInscription.DejaInscrit, plan, comite, scrutin)
            : await PublierAsync(lieu, scrutin, plan, comite, cancellationToken);
    }

    private async Task<Inscription> PublierAsync(LieuDuComite lieu, Scrutin scrutin, PlanDActions plan, Comite comite, CancellationToken cancellationToken) =>
        await lieux.PublierDansAsync(lieu, scrutin, cancellationToken)
            ? new Inscription(IssueDeLInscription.Inscrit, plan, comite, scrutin)
            : new Inscription(IssueDeLInscription.VoteNonPublie, plan, comite, scrutin);
}
