using System.Security.Cryptography;
using Conventions.Accords;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Valeurs;

namespace TeamsConventions.Application.Accords;

/// <summary>
/// R23 outside Teams: a new signing link for an awaited signature, recorded in the convention's audit trail, its
/// secret drawn here and kept nowhere but in the e-mail that carries it to <c>adresse</c>.
/// </summary>
public sealed class EnvoiDesLiensDeSignature(IConventions conventions, ILiensDeSignature liens, ISuitesDesConventions suites, TimeProvider timeProvider)
{
    /// <summary>
    /// The link to sign the convention, or amendment <paramref name="avenant"/>; null when the convention is gone; a
    /// broken rule (signed already, refused, not designated) is a <see cref="Conventions.Erreurs.RegleMetierException"/>.
    /// </summary>
    public async Task<Convention?> EnvoyerAsync(
        ConventionId id, string partie, string fonction, AdresseMail adresse, MembreId par, IReadOnlyList<Comite> secretariats, CancellationToken cancellationToken, int? avenant = null)
    {
        var maintenant = timeProvider.GetUtcNow();
        (Designation Designation, string Empreinte)? attendue = null;
        var convention = await conventions.ModifierAsync(id, c => attendue = c.EnvoyerLienDeSignature(partie, fonction, adresse, par, maintenant, avenant), cancellationToken);
        if (convention is null || attendue is not { } a)
        {
            return null;
        }

        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await liens.EnregistrerAsync(LienDeSignature.Creer(secret, id, a.Empreinte, a.Designation, adresse, maintenant, avenant), cancellationToken);
        await suites.LienDeSignatureAsync(convention, convention.Avenants.FirstOrDefault(x => x.Version == avenant), a.Designation, adresse, secret, secretariats, cancellationToken);
        return convention;
    }

    /// <summary>
    /// Each of <paramref name="signataires"/> gets what to sign: in Teams, or — designated by e-mail, outside the
    /// organisation — a signing link sent by <paramref name="par"/>.
    /// </summary>
    public async Task ASignerAsync(Convention convention, IReadOnlyList<Designation> signataires, IReadOnlyList<Comite> secretariats, MembreId par, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(signataires);
        await suites.ASignerAsync(convention, [.. signataires.Where(d => d.Courriel is null)], secretariats, cancellationToken);
        foreach (var designation in signataires.Where(d => d.Courriel is not null))
        {
            await EnvoyerAsync(convention.Id, designation.Partie, designation.Fonction, AdresseMail.Depuis(designation.Courriel), par, secretariats, cancellationToken);
        }
    }

    /// <summary>R19: each of <paramref name="signataires"/> gets the amendment to sign, in Teams or by a link sent by <paramref name="par"/>.</summary>
    public async Task AvenantASignerAsync(Convention convention, Avenant avenant, IReadOnlyList<Designation> signataires, IReadOnlyList<Comite> secretariats, MembreId par, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(avenant);
        ArgumentNullException.ThrowIfNull(signataires);
        await suites.AvenantASignerAsync(convention, avenant, [.. signataires.Where(d => d.Courriel is null)], secretariats, cancellationToken);
        foreach (var designation in signataires.Where(d => d.Courriel is not null))
        {
            await EnvoyerAsync(convention.Id, designation.Partie, designation.Fonction, AdresseMail.Depuis(designation.Courriel), par, secretariats, cancellationToken, avenant.Version);
        }
    }
}
