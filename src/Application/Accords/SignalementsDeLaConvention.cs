using Conventions.Accords;
using Conventions.Membres;

namespace TeamsConventions.Application.Accords;

/// <summary>
/// A party speaks up about a convention in force: a dysfunction or an absence, told at once to the other parties
/// (R27); a dispute, routed the way its kind settles them — conciliation in an exceptional steering committee under
/// seed 003 (R33), amicably otherwise. Only someone who speaks for that party (its designated signatory) or runs the
/// convention's round may; both are recorded in its audit trail. Returns null for a convention that is gone.
/// </summary>
public sealed class SignalementsDeLaConvention(IConventions conventions, SignatureDeLaConvention signature, ISuitesDesConventions suites, TimeProvider timeProvider)
{
    public async Task<Convention?> SignalerAsync(ConventionId id, string partie, string description, MembreId par, CancellationToken cancellationToken)
    {
        if (await ExigerUnePartieAsync(id, partie, par, cancellationToken) is not { } secretariats)
        {
            return null;
        }

        IReadOnlyList<Partie> aPrevenir = [];
        var maintenant = timeProvider.GetUtcNow();
        var convention = await conventions.ModifierAsync(id, c => aPrevenir = c.SignalerDysfonctionnement(partie, description, par, maintenant), cancellationToken);
        if (convention is not null)
        {
            await suites.DysfonctionnementAsync(convention, partie, description.Trim(), aPrevenir, secretariats, maintenant, cancellationToken);
        }

        return convention;
    }

    public async Task<Convention?> OuvrirLitigeAsync(ConventionId id, string partie, string objet, MembreId par, CancellationToken cancellationToken)
    {
        if (await ExigerUnePartieAsync(id, partie, par, cancellationToken) is not { } secretariats)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        Conventions.Catalogue.RegleDeLitige? regle = null;
        var convention = await conventions.ModifierAsync(id, c => regle = c.OuvrirLitige(partie, objet, par, maintenant), cancellationToken);
        if (convention is not null && regle is { } voie)
        {
            await suites.LitigeAsync(convention, partie, objet.Trim(), voie, secretariats, maintenant, cancellationToken);
        }

        return convention;
    }

    /// <summary>The person speaks for <paramref name="partie"/> (designated to sign for it) or runs the round; the committees to tell as well.</summary>
    private async Task<IReadOnlyList<Conventions.Comites.Comite>?> ExigerUnePartieAsync(ConventionId id, string partie, MembreId par, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } convention)
        {
            return null;
        }

        return convention.Designations.Any(d => d.Signataire == par && d.Partie == partie)
            ? await signature.SecretariatsAsync(convention, cancellationToken)
            : await signature.ExigerLeSecretariatAsync(convention, par, timeProvider.GetUtcNow(), cancellationToken);
    }
}
