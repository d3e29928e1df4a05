using Conventions.Actions;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.ConventionsParticulieres;

/// <summary>
/// What follows a particular convention's vote, handed over to be delivered once: the validating committee's
/// secretariat learns one awaits it; validated, its drafting for signature starts (the conventions flow) and its
/// committee's secretariat is told.
/// </summary>
public interface ISuitesDesConventionsParticulieres
{
    Task AValiderAsync(ConventionParticuliereOuverte convention, IReadOnlyList<Comite> valideurs, CancellationToken cancellationToken);

    Task ValideeAsync(ConventionParticuliereOuverte convention, Comite valideur, CancellationToken cancellationToken);
}

/// <summary>A closed vote on a particular convention: the opinion or the validation applied, and what follows handed over.</summary>
public sealed class AppliquerLeVoteALaConventionParticuliere(
    IConventionsParticulieres conventions, IComites comites, ConsulterLaConventionParticuliere consulter, Conventions.Catalogue.CatalogueDesConventions catalogue,
    ISuitesDesConventionsParticulieres suites)
{
    public async Task ExecuterAsync(ConventionParticuliereId id, ResultatDuScrutin resultat, Comite comite, string? motif, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comite);
        IssueDuParcours? issue = null;
        var applique = await conventions.ModifierAsync(id, p =>
        {
            if (catalogue.ConventionsParticulieres.GetValueOrDefault(p.Type) is { } formulaire)
            {
                issue = p.AppliquerLeVote(resultat, formulaire, comite.Statuts.Code, motif, par, maintenant);
            }
        }, cancellationToken);
        if (applique is null || issue is null || await consulter.AvecSonComiteAsync(applique, cancellationToken) is not { } ouverte)
        {
            return;
        }

        if (issue == IssueDuParcours.AvisFavorable)
        {
            await suites.AValiderAsync(ouverte, await comites.ParStatutsAsync(ouverte.Formulaire.Validation, cancellationToken), cancellationToken);
        }
        else if (issue == IssueDuParcours.Valide)
        {
            await suites.ValideeAsync(ouverte, comite, cancellationToken);
        }
    }
}
