using Conventions.Actions;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Catalogue;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.Actions;

/// <summary>The plan as saved, and how each entry fared.</summary>
public sealed record ActionEnregistree(PlanOuvert Plan, ResultatDeSaisie Resultat);

/// <summary>
/// A member of the committee saves one action of its draft plan (<see cref="PlanDActions.EnregistrerAction"/>).
/// Returns null for a plan (or committee) that does not exist; a broken rule is a <see cref="RegleMetierException"/>.
/// </summary>
public sealed class EnregistrerUneAction(IPlans plans, IComites comites, CatalogueDesConventions catalogue, TimeProvider timeProvider)
{
    public async Task<ActionEnregistree?> ExecuterAsync(PlanDActionsId id, string idAction, IReadOnlyList<Saisie> saisies, MembreId par, CancellationToken cancellationToken)
    {
        if (await plans.ChargerAsync(id, cancellationToken) is not { } lu || await comites.ChargerAsync(lu.Comite, cancellationToken) is not { } comite
            || catalogue.Plans.GetValueOrDefault(lu.Type) is not { } formulaire)
        {
            return null;
        }

        ResultatDeSaisie? resultat = null;
        var maintenant = timeProvider.GetUtcNow();
        var enregistre = await plans.ModifierAsync(id, p => resultat = p.EnregistrerAction(comite, formulaire, idAction, saisies, par, maintenant), cancellationToken);
        return enregistre is null || resultat is null ? null : new ActionEnregistree(new PlanOuvert(enregistre, comite, formulaire), resultat);
    }
}
