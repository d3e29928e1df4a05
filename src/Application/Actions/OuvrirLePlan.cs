using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.Actions;

/// <summary>The plan of a year as its committee sees it, with the committee and the form it is drafted on.</summary>
public sealed record PlanOuvert(PlanDActions Plan, Comite Comite, FormulaireDePlan Formulaire);

/// <summary>
/// A member opens their committee's action plan for a year: the one being drafted or voted on, if any; otherwise a
/// voting member starts it (a revision where the year already has a validated plan), and anyone else sees the
/// validated one. Returns null when there is no plan to show; a committee that drafts no plan is a
/// <see cref="RegleMetierException"/>.
/// </summary>
public sealed class OuvrirLePlan(IPlans plans, IComites comites, CatalogueDesConventions catalogue, TimeProvider timeProvider)
{
    public async Task<PlanOuvert?> ExecuterAsync(LieuDuComite lieu, int annee, MembreId par, CancellationToken cancellationToken)
    {
        if (await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite)
        {
            return null;
        }

        var formulaire = catalogue.Plans.Values.FirstOrDefault(f => f.Comite == comite.Statuts.Code) ?? throw new RegleMetierException(CodesErreur.PlanDUnAutreComite, comite.Nom);
        var delAnnee = (await plans.DuComiteAsync(comite.Id, cancellationToken)).Where(p => p.Annee == annee).ToList();
        if (delAnnee.LastOrDefault(p => p.Etat is EtatDuProjet.Brouillon or EtatDuProjet.SoumisALAvis or EtatDuProjet.AValider) is { } enCours)
        {
            return new PlanOuvert(enCours, comite, formulaire);
        }

        var valide = delAnnee.LastOrDefault(p => p.Etat == EtatDuProjet.Valide);
        if (comite.Membre(par) is not { Votant: true })
        {
            return valide is null ? null : new PlanOuvert(valide, comite, formulaire);
        }

        var plan = PlanDActions.Rediger(PlanDActionsId.Nouveau(), comite, annee, formulaire, valide, par, timeProvider.GetUtcNow());
        await plans.CreerAsync(plan, cancellationToken);
        return new PlanOuvert(plan, comite, formulaire);
    }
}
