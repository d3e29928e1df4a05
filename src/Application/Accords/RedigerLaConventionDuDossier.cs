using Conventions.Accords;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.Accords;

/// <summary>
/// R03: the deciding committee approved a dossier — its convention is drawn up from the dossier's data
/// (<see cref="ConventionDuDossier"/>), once, and the secretariat of the committee that decided gets it to review and
/// to designate its signatories. Data the dossier lacks is told to that secretariat instead.
/// </summary>
public sealed class RedigerLaConventionDuDossier(IConventions conventions, CatalogueDesConventions catalogue, ISuitesDesConventions suites, TimeProvider timeProvider)
{
    public async Task<Convention?> ExecuterAsync(DossierDeProposition dossier, Comite decideur, MembreId par, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(decideur);
        if (dossier.Etat != EtatDuDossier.Approuve || catalogue.Formulaires.GetValueOrDefault(dossier.Type) is not { Convention: not null } formulaire)
        {
            return null;
        }

        if (await conventions.ChargerAsync(ConventionDuDossier.IdDe(dossier.Id), cancellationToken) is { } existante)
        {
            return existante;
        }

        Convention convention;
        try
        {
            convention = ConventionDuDossier.Rediger(dossier, formulaire, catalogue.Type(dossier.Type), par, timeProvider.GetUtcNow());
        }
        catch (RegleMetierException raison)
        {
            await suites.NonRedigeeAsync(dossier, decideur, raison, cancellationToken);
            return null;
        }

        if (await conventions.CreerAsync(convention, cancellationToken))
        {
            foreach (var membre in decideur.Secretariat(Conventions.Calendrier.Bruxelles.Jour(timeProvider.GetUtcNow())))
            {
                await conventions.AssocierAsync(convention.Id, membre, cancellationToken);
            }

            await suites.RedigeeAsync(convention, dossier, decideur, cancellationToken);
        }

        return await conventions.ChargerAsync(convention.Id, cancellationToken);
    }
}
