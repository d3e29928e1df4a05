using Conventions.Accords;
using Conventions.Erreurs;
using Conventions.Membres;

namespace TeamsConventions.Application.Accords;

/// <summary>
/// R19 in Teams: whoever runs the convention's round (its secretariat, or its drafters) draws up an amendment to the
/// convention in force; its designated signatories each sign it 1:1, as the person Teams says pressed, on the
/// version they were shown; with the last signature it is in force — told, and kept as an event for filing. Until
/// then the convention in force is unchanged. Returns null for a convention that is gone.
/// </summary>
public sealed class AvenantDeLaConvention(
    IConventions conventions, SignatureDeLaConvention signature, EnvoiDesLiensDeSignature envoi, ISuitesDesConventions suites, IEvenementsDesConventions evenements, TimeProvider timeProvider)
{
    public async Task<Convention?> ProposerAsync(ConventionId id, string objet, string texte, MembreId par, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } lue)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        var secretariats = await signature.ExigerLeSecretariatAsync(lue, par, maintenant, cancellationToken);
        var convention = await conventions.ModifierAsync(id, c => c.RedigerAvenant(objet, texte, par, maintenant), cancellationToken) ?? lue;
        if (convention.AvenantEnCours is { } avenant)
        {
            await envoi.AvenantASignerAsync(convention, avenant, convention.SignatairesDeLAvenant(), secretariats, par, cancellationToken);
        }

        return convention;
    }

    /// <param name="parCourriel">Signed on the bot's page: the address the one-time code went to.</param>
    public async Task<Convention?> SignerAsync(
        ConventionId id, int version, string partie, string fonction, string empreinte, string? lieu, MembreId par, CancellationToken cancellationToken, Conventions.Valeurs.AdresseMail? parCourriel = null)
    {
        var maintenant = timeProvider.GetUtcNow();
        Avenant? signe = null;
        var convention = await conventions.ModifierAsync(id, c =>
        {
            c.SignerAvenant(version, partie, fonction, par, empreinte, lieu, maintenant, parCourriel);
            signe = c.Avenants.FirstOrDefault(a => a.Version == version && a.EnVigueur);
        }, cancellationToken);
        if (convention is not null && signe is { EstNominatif: true })
        {
            await suites.BeneficiaireConfirmeAsync(convention, signe, cancellationToken);
        }
        else if (convention is not null && signe is not null)
        {
            await evenements.AvenantSigneAsync(convention, signe, cancellationToken);
            await suites.AvenantEnVigueurAsync(convention, signe, await signature.SecretariatsAsync(convention, cancellationToken), cancellationToken);
        }

        return convention;
    }

    /// <summary>R26: whoever runs the round names each party's referent in Teams.</summary>
    public async Task<Convention?> DesignerReferentsAsync(ConventionId id, IReadOnlyList<ReferentDansTeams> referents, MembreId par, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } lue)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        await signature.ExigerLeSecretariatAsync(lue, par, maintenant, cancellationToken);
        var convention = await conventions.ModifierAsync(id, c => c.DesignerReferents(referents, par, maintenant), cancellationToken);
        foreach (var referent in convention?.Referents ?? [])
        {
            await conventions.AssocierAsync(id, referent.Membre, cancellationToken);
        }

        return convention;
    }

    /// <summary>
    /// R26: a referent adds a beneficiary with their consent (<paramref name="consenti"/>: the person said yes, taken
    /// now by the referent, in the form stated); the other referents get it to confirm, 1:1 — nowhere else.
    /// </summary>
    public async Task<Convention?> AjouterBeneficiaireAsync(ConventionId id, string nom, string parcours, DateOnly entree, bool consenti, string? forme, MembreId par, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        var consentement = consenti ? new Consentement(Conventions.Calendrier.Bruxelles.Jour(maintenant), par, forme) : null;
        Avenant? ajoute = null;
        var convention = await conventions.ModifierAsync(id, c => ajoute = c.AjouterBeneficiaire(nom, parcours, entree, consentement, par, maintenant), cancellationToken);
        if (convention is not null && ajoute is not null)
        {
            await suites.BeneficiaireAConfirmerAsync(convention, ajoute, [.. convention.ReferentsAttendus(ajoute).Where(r => r.Membre != par)], cancellationToken);
        }

        return convention;
    }

    public async Task<Convention?> EffacerBeneficiaireAsync(ConventionId id, int version, MembreId par, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        return await conventions.ModifierAsync(id, c => c.EffacerBeneficiaire(version, par, maintenant), cancellationToken);
    }

    /// <summary>The amendment as its card shows it: under signature or signed; a <see cref="RegleMetierException"/> when the convention has none of that number.</summary>
    public static Avenant Avenant(Convention convention, int version) =>
        convention?.Avenants.FirstOrDefault(a => a.Version == version) ?? throw new RegleMetierException(CodesErreur.AvenantInconnu, version);
}
