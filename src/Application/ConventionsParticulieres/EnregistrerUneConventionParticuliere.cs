using Conventions.Dossiers;
using Conventions.Membres;

namespace TeamsConventions.Application.ConventionsParticulieres;

/// <summary>The draft as saved, and how each entry fared.</summary>
public sealed record ConventionParticuliereEnregistree(ConventionParticuliereOuverte Convention, ResultatDeSaisie Resultat);

/// <summary>
/// A voting member saves fields of a draft particular convention, as its front door just read it
/// (<see cref="Conventions.Actions.ProjetDeConventionParticuliere.Enregistrer"/>). Returns null for a draft that no
/// longer exists; a broken rule is a <see cref="Conventions.Erreurs.RegleMetierException"/>.
/// </summary>
public sealed class EnregistrerUneConventionParticuliere(IConventionsParticulieres conventions, TimeProvider timeProvider)
{
    public async Task<ConventionParticuliereEnregistree?> ExecuterAsync(ConventionParticuliereOuverte ouverte, IReadOnlyList<Saisie> saisies, MembreId par, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ouverte);
        ResultatDeSaisie? resultat = null;
        var maintenant = timeProvider.GetUtcNow();
        var enregistre = await conventions.ModifierAsync(ouverte.Projet.Id, p => resultat = p.Enregistrer(ouverte.Comite, ouverte.Formulaire, saisies, par, maintenant), cancellationToken);
        return enregistre is null || resultat is null ? null : new ConventionParticuliereEnregistree(ouverte with { Projet = enregistre }, resultat);
    }
}
