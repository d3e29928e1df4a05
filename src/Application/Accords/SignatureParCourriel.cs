using System.Security.Cryptography;
using Conventions.Accords;
using Conventions.Membres;
using Conventions.Valeurs;

namespace TeamsConventions.Application.Accords;

/// <summary>
/// R23 for a signatory Teams cannot reach: whoever runs the round sends a link by e-mail; on the bot's page the
/// person asks for a one-time code, sent to the same address, and signs or declines with it. The signature is the
/// designated person's, recorded with the address the code went to — never with anything the page sends but the code.
/// </summary>
public sealed class SignatureParCourriel(
    IConventions conventions, ILiensDeSignature liens, SignatureDeLaConvention signature, AvenantDeLaConvention avenants, EnvoiDesLiensDeSignature envoi, ISuitesDesConventions suites,
    TimeProvider timeProvider)
{
    /// <summary>A link and what it is for; null when no link has that secret.</summary>
    public sealed record LienOuvert(LienDeSignature Lien, Convention Convention);

    /// <summary>Sends the link for the awaited signature (<paramref name="partie"/>, <paramref name="fonction"/>) to <paramref name="adresse"/>; null when the convention is gone.</summary>
    public async Task<Convention?> EnvoyerAsync(ConventionId id, string partie, string fonction, string adresse, MembreId par, CancellationToken cancellationToken)
    {
        var a = AdresseMail.Depuis(adresse);
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } lue)
        {
            return null;
        }

        var secretariats = await signature.ExigerLeSecretariatAsync(lue, par, timeProvider.GetUtcNow(), cancellationToken);
        return await envoi.EnvoyerAsync(id, partie, fonction, a, par, secretariats, cancellationToken);
    }

    public async Task<LienOuvert?> OuvrirAsync(string secret, CancellationToken cancellationToken) =>
        await liens.ChargerAsync(LienDeSignature.IdDuSecret(secret), cancellationToken) is { } lien && await conventions.ChargerAsync(lien.Convention, cancellationToken) is { } convention
            ? new LienOuvert(lien, convention)
            : null;

    /// <summary>A new six-digit code, sent to the link's address; a broken rule (used, locked, expired link, a code asked too soon) is a <see cref="Conventions.Erreurs.RegleMetierException"/>.</summary>
    public async Task<LienOuvert?> DemanderUnCodeAsync(string secret, CancellationToken cancellationToken)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var maintenant = timeProvider.GetUtcNow();
        if (await liens.ModifierAsync(LienDeSignature.IdDuSecret(secret), l => l.NouveauCode(code, maintenant), cancellationToken) is not { } lien
            || await conventions.ChargerAsync(lien.Convention, cancellationToken) is not { } convention)
        {
            return null;
        }

        await suites.CodeDeSignatureAsync(convention, lien, code, cancellationToken);
        return new LienOuvert(lien, convention);
    }

    /// <summary>Signs (the convention, or the link's amendment) as the link's signatory once <paramref name="code"/> is right; a wrong code counts, the third locks the link.</summary>
    public Task<LienOuvert?> SignerAsync(string secret, string? code, string? lieu, CancellationToken cancellationToken) =>
        AvecLeCodeAsync(
            secret,
            code,
            (lien, c) => lien.Avenant is { } version
                ? avenants.SignerAsync(lien.Convention, version, lien.Designation.Partie, lien.Designation.Fonction, lien.Empreinte, lieu, lien.Designation.Signataire, c, lien.Adresse)
                : signature.SignerAsync(lien.Convention, lien.Designation.Partie, lien.Designation.Fonction, lien.Empreinte, lieu, lien.Designation.Signataire, c, lien.Adresse),
            cancellationToken);

    /// <summary>Declines the convention, with the reason, as the link's signatory once <paramref name="code"/> is right (an amendment is not declined here: its secretariat is told otherwise).</summary>
    public Task<LienOuvert?> RefuserAsync(string secret, string? code, string motif, CancellationToken cancellationToken) =>
        AvecLeCodeAsync(
            secret,
            code,
            (lien, c) => lien.Avenant is null
                ? signature.RefuserAsync(lien.Convention, lien.Designation.Partie, lien.Designation.Fonction, lien.Empreinte, motif, lien.Designation.Signataire, c)
                : throw new Conventions.Erreurs.RegleMetierException(Conventions.Erreurs.CodesErreur.AvenantSansRefus),
            cancellationToken);

    /// <summary>
    /// The code is checked (a wrong one counted and stored before the refusal is told); then the act, whose own rules
    /// may still refuse it — the code then stays valid for another try; done, the link is used up.
    /// </summary>
    private async Task<LienOuvert?> AvecLeCodeAsync(string secret, string? code, Func<LienDeSignature, CancellationToken, Task<Convention?>> acte, CancellationToken cancellationToken)
    {
        var id = LienDeSignature.IdDuSecret(secret);
        var bon = false;
        var lien = await liens.ModifierAsync(id, l => bon = l.EssayerLeCode(code, timeProvider.GetUtcNow()), cancellationToken);
        if (lien is null)
        {
            return null;
        }

        if (!bon)
        {
            throw lien.CodeRefuse();
        }

        if (await acte(lien, cancellationToken) is not { } convention)
        {
            return null;
        }

        var utilise = await liens.ModifierAsync(id, l => l.Utiliser(timeProvider.GetUtcNow()), cancellationToken) ?? lien;
        return new LienOuvert(utilise, convention);
    }
}
