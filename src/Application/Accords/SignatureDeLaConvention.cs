using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Application.Comites;

namespace TeamsConventions.Application.Accords;

/// <summary>
/// The signature round of a convention (R23): the secretariat of a committee its kind names designates who signs
/// for each party, each of them is sent what to sign; the designated person signs — or declines with the reason —
/// the version they were shown, identified by their Entra identity only; the last signature puts it in force,
/// which is told and kept as an event. Returns null for a convention that is gone; a broken rule is a
/// <see cref="RegleMetierException"/>, nothing recorded.
/// </summary>
public sealed class SignatureDeLaConvention(
    IConventions conventions, IComites comites, ISuitesDesConventions suites, EnvoiDesLiensDeSignature envoi, IEvenementsDesConventions evenements, Conventions.Suivi.IElementsSuivis suivis,
    TimeProvider timeProvider)
{
    /// <summary>The committees whose secretariat runs the convention's round: those with its kind's statutes; none when its drafters run it.</summary>
    public async Task<IReadOnlyList<Comite>> SecretariatsAsync(Convention convention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return convention.Redacteurs.Count == 0 && convention.Type.Comite is { } statuts ? await comites.ParStatutsAsync(statuts, cancellationToken) : [];
    }

    public async Task<Convention?> DesignerAsync(ConventionId id, IReadOnlyList<Designation> designations, MembreId par, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } lue)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        var secretariats = await ExigerLeSecretariatAsync(lue, par, maintenant, cancellationToken);
        var convention = await conventions.ModifierAsync(id, c => c.DesignerSignataires(designations, par, maintenant), cancellationToken) ?? lue;
        foreach (var designation in convention.Designations)
        {
            await conventions.AssocierAsync(id, designation.Signataire, cancellationToken);
        }

        // In Teams each card is sent once per version; a link by e-mail goes to whom it is new for.
        await envoi.ASignerAsync(convention, [.. convention.SignatairesAttendus().Where(d => d.Courriel is null || !lue.Designations.Contains(d))], secretariats, par, cancellationToken);
        await SuivreAsync(convention, cancellationToken);
        return convention;
    }

    /// <summary>
    /// The secretariat corrects the convention (<see cref="Convention.Corriger"/>): a new version voids the signatures,
    /// whose signatories are told, and the round restarts with the new version sent to whom it waits for.
    /// </summary>
    public async Task<Convention?> CorrigerAsync(ConventionId id, IReadOnlyList<Partie> parties, ParametresDeDuree parametres, MembreId par, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } lue)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        var secretariats = await ExigerLeSecretariatAsync(lue, par, maintenant, cancellationToken);
        IReadOnlyList<Signature> annulees = [];
        var avant = lue.EmpreinteEnVigueur;
        var convention = await conventions.ModifierAsync(id, c => annulees = c.Corriger(parties, parametres, par, maintenant), cancellationToken) ?? lue;
        if (convention.EmpreinteEnVigueur != avant)
        {
            await suites.SignaturesAnnuleesAsync(convention, annulees, cancellationToken);
            await envoi.ASignerAsync(convention, convention.SignatairesAttendus(), secretariats, par, cancellationToken);
            await SuivreAsync(convention, cancellationToken);
        }

        return convention;
    }

    /// <param name="parCourriel">Signed on the bot's page: the address the one-time code went to.</param>
    public async Task<Convention?> SignerAsync(ConventionId id, string partie, string fonction, string empreinte, string? lieu, MembreId par, CancellationToken cancellationToken, Conventions.Valeurs.AdresseMail? parCourriel = null)
    {
        var maintenant = timeProvider.GetUtcNow();
        var enVigueur = false;
        var convention = await conventions.ModifierAsync(id, c =>
        {
            c.Signer(partie, fonction, par, empreinte, lieu, maintenant, parCourriel);
            enVigueur = c.DateDeSignature is not null;
        }, cancellationToken);
        if (convention is null)
        {
            return null;
        }

        // What follows a signature touches separate stores: done side by side, the press answered once all are kept.
        // The last one keeps the « convention signed » event and what follows the entry into force for the background
        // job (AnnoncerAsync): telling every party and updating everyone's list is no part of the signatory's answer.
        var suite = enVigueur
            ? Task.WhenAll(evenements.SigneeAsync(convention, cancellationToken), evenements.EnVigueurAAnnoncerAsync(convention, cancellationToken))
            : convention.Type.SignatureSequentielle
                ? TourSuivantAsync(convention, cancellationToken)
                : Task.CompletedTask;

        // Only whose signature changed: the signer, and whoever's turn it now is.
        var attendus = convention.SignatairesAttendus();
        await Task.WhenAll(suite, SuivreAsync(convention, cancellationToken, d => (d.Partie == partie && d.Fonction == fonction) || (convention.Type.SignatureSequentielle && attendus.Contains(d))));
        return convention;
    }

    /// <summary>The conventions whose entry into force is kept to be announced.</summary>
    public Task<IReadOnlyList<ConventionId>> EnVigueurAAnnoncerAsync(CancellationToken cancellationToken) => evenements.EnVigueurAAnnoncerAsync(cancellationToken);

    /// <summary>
    /// What follows the last signature, out of the signatory's answer: its signatories and secretariat told, each
    /// signatory's list says done. Each part is idempotent (the outbox keeps one notification per event and person),
    /// so a round that fails half-way is simply done again.
    /// </summary>
    public async Task AnnoncerAsync(ConventionId id, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is { DateDeSignature: not null } convention)
        {
            await Task.WhenAll(
                suites.EnVigueurAsync(convention, await SecretariatsAsync(convention, cancellationToken), cancellationToken),
                SuivreAsync(convention, cancellationToken));
        }

        await evenements.EnVigueurAnnonceeAsync(id, cancellationToken);
    }

    /// <summary>One after the other: the next signatory's turn has come.</summary>
    private async Task TourSuivantAsync(Convention convention, CancellationToken cancellationToken) =>
        await envoi.ASignerAsync(convention, convention.SignatairesAttendus(), await SecretariatsAsync(convention, cancellationToken), MembreId.Systeme, cancellationToken);

    public async Task<Convention?> RefuserAsync(ConventionId id, string partie, string fonction, string empreinte, string motif, MembreId par, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        var convention = await conventions.ModifierAsync(id, c => c.Refuser(partie, fonction, par, empreinte, motif, maintenant), cancellationToken);
        if (convention is not null)
        {
            await suites.RefuseeAsync(convention, await SecretariatsAsync(convention, cancellationToken), cancellationToken);
            await SuivreAsync(convention, cancellationToken);
        }

        return convention;
    }

    /// <summary>
    /// Each signatory's personal list (« mes dossiers ») says where their signature stands: to give when the round
    /// waits for them, under way while others sign or after a refusal, done once given.
    /// </summary>
    private async Task SuivreAsync(Convention convention, CancellationToken cancellationToken, Func<Designation, bool>? seulement = null)
    {
        var attendus = convention.SignatairesAttendus();
        // Someone outside the organisation has no list in Teams.
        await Task.WhenAll(convention.Designations.Where(d => d.Courriel is null).Where(seulement ?? (_ => true)).Select(designation =>
        {
            var etat = convention.Signatures.Any(s => s.Partie == designation.Partie && s.Fonction == designation.Fonction) || convention.DateDeSignature is not null
                ? Conventions.Suivi.EtatElement.Termine
                : attendus.Contains(designation) ? Conventions.Suivi.EtatElement.ActionAttendue : Conventions.Suivi.EtatElement.EnCours;
            return suivis.EnregistrerAsync(
                designation.Signataire,
                new Conventions.Suivi.ElementSuivi($"signature-{convention.Id}", Conventions.Suivi.NatureElement.Signature, $"{convention.Type.Intitule} — {designation.Partie}", etat, null),
                cancellationToken);
        }));
    }

    /// <summary>Only its drafters (drafted in chat), or else the secretariat of a committee the kind names, run the round; returns those committees.</summary>
    public async Task<IReadOnlyList<Comite>> ExigerLeSecretariatAsync(Convention convention, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var secretariats = await SecretariatsAsync(convention, cancellationToken);
        if (convention.Redacteurs.Count > 0)
        {
            // Drafted in chat: its drafters run its round.
            return convention.Redacteurs.Any(r => r.Membre == par)
                ? secretariats
                : throw new RegleMetierException(CodesErreur.ReserveAuxRedacteurs, string.Join(", ", convention.Redacteurs.Select(r => r.Nom)));
        }

        if (!secretariats.Any(c => c.Secretariat(Bruxelles.Jour(maintenant)).Contains(par)))
        {
            throw new RegleMetierException(CodesErreur.ReserveAuSecretariat, secretariats.Count > 0 ? secretariats[0].Nom : convention.Type.Comite ?? convention.Type.Intitule);
        }

        return secretariats;
    }
}
