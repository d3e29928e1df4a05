using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.ConventionsParticulieres;

/// <summary>
/// A voting member of the committee sitting in <c>lieu</c> starts a particular convention on the form its statutes
/// draft. Returns null when no committee sits there; a committee that drafts none, or someone who is not one of its
/// voting members, is a <see cref="RegleMetierException"/>.
/// </summary>
public sealed class RedigerUneConventionParticuliere(IConventionsParticulieres conventions, IComites comites, CatalogueDesConventions catalogue, TimeProvider timeProvider)
{
    public async Task<ConventionParticuliereOuverte?> ExecuterAsync(LieuDuComite lieu, MembreId par, CancellationToken cancellationToken)
    {
        if (await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite)
        {
            return null;
        }

        var formulaire = catalogue.ConventionsParticulieres.Values.FirstOrDefault(f => f.Comite == comite.Statuts.Code)
            ?? throw new RegleMetierException(CodesErreur.ConventionParticuliereDUnAutreComite, comite.Nom);
        var projet = ProjetDeConventionParticuliere.Rediger(ConventionParticuliereId.Nouveau(), comite, formulaire, par, timeProvider.GetUtcNow());
        await conventions.CreerAsync(projet, cancellationToken);
        return new ConventionParticuliereOuverte(projet, comite, formulaire);
    }
}
