using Conventions.Comites;
using TeamsConventions.Application.ConventionsParticulieres;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// What follows a particular convention's vote in Teams, through the outbox, once per version: the validating
/// committee's secretariat learns one awaits it; validated, both committees' secretariats learn it can be drawn up
/// for signature.
/// </summary>
public sealed class SuitesDesConventionsParticulieres(BoiteDEnvoi boite, TimeProvider timeProvider) : ISuitesDesConventionsParticulieres
{
    public async Task AValiderAsync(ConventionParticuliereOuverte convention, IReadOnlyList<Comite> valideurs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(valideurs);
        await SecretariatDuComite.AvertirAsync(
            boite, $"convention-particuliere-a-valider|{convention.Projet.Id}|{convention.Projet.Version}", valideurs, timeProvider.GetUtcNow(),
            (t, valideur) => t.Format(CleTexte.CpAValiderAvis, convention.Intitule, convention.Comite.Nom, valideur.Nom),
            t => t.Format(CleTexte.CpTitre, convention.Intitule, convention.Comite.Nom),
            cancellationToken);
    }

    public async Task ValideeAsync(ConventionParticuliereOuverte convention, Comite valideur, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(valideur);
        var maintenant = timeProvider.GetUtcNow();
        await boite.DeposerAsync(
            $"convention-particuliere-validee|{convention.Projet.Id}|{convention.Projet.Version}",
            SecretariatDuComite.Destinataires(convention.Comite, maintenant).Concat(SecretariatDuComite.Destinataires(valideur, maintenant)).Distinct(),
            t => Activity.Texte(t.Format(CleTexte.CpValideeAvis, convention.Intitule, convention.Comite.Nom, valideur.Nom)),
            t => t.Format(CleTexte.CpTitre, convention.Intitule, convention.Comite.Nom),
            [],
            cancellationToken);
    }
}
