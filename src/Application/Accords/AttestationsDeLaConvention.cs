using Conventions.Accords;
using Conventions.Catalogue;
using Conventions.Membres;

namespace TeamsConventions.Application.Accords;

/// <summary>
/// R31 in Teams: on a school–partner convention in force, whoever runs its round draws up a learner's competence
/// certificate in the convention's variant (an FCIL or a coloration, as its form says), naming the authority who
/// co-signs it; that authority and every professional partner's signatory co-sign it 1:1; the last delivers it.
/// Returns null for a convention that is gone; a broken rule is a RegleMetierException, nothing recorded.
/// </summary>
public sealed class AttestationsDeLaConvention(IConventions conventions, SignatureDeLaConvention signature, ISuitesDesConventions suites, CatalogueDesConventions catalogue, TimeProvider timeProvider)
{
    /// <summary>The certificate's variant: an FCIL where the convention's form says it is one, otherwise the kind's other variant.</summary>
    public string? Variante(Convention convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        if (convention.Type.Attestations is not { Count: > 0 } variantes)
        {
            return null;
        }

        return catalogue.FormulairesDeConvention.GetValueOrDefault(convention.Type.Code)?.Convention?.Fcil is { } fcil
            ? (convention.Clauses.GetValueOrDefault(fcil.Champ) ?? string.Empty).Split(',').Contains(fcil.Option, StringComparer.Ordinal) ? fcil.Option : variantes.Keys.First(k => k != fcil.Option)
            : variantes.Keys.First();
    }

    public async Task<Convention?> EtablirAsync(ConventionId id, string apprenant, string competences, Cosignataire autorite, MembreId par, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } lue)
        {
            return null;
        }

        var maintenant = timeProvider.GetUtcNow();
        var secretariats = await signature.ExigerLeSecretariatAsync(lue, par, maintenant, cancellationToken);
        var variante = Variante(lue) ?? throw new Conventions.Erreurs.RegleMetierException(Conventions.Erreurs.CodesErreur.VarianteInconnue, "—", lue.Type.Intitule);
        Attestation? etablie = null;
        var convention = await conventions.ModifierAsync(id, c => etablie = c.EtablirAttestation(variante, apprenant, competences, autorite, par, maintenant), cancellationToken);
        if (convention is not null && etablie is not null)
        {
            await conventions.AssocierAsync(id, autorite.Membre, cancellationToken);
            await suites.AttestationACosignerAsync(convention, etablie, secretariats, cancellationToken);
        }

        return convention;
    }

    public async Task<Convention?> CosignerAsync(ConventionId id, int numero, string role, MembreId par, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow();
        Attestation? cosignee = null;
        var convention = await conventions.ModifierAsync(id, c => cosignee = c.CosignerAttestation(numero, role, par, maintenant), cancellationToken);
        if (convention is not null && cosignee is { Delivree: true })
        {
            await suites.AttestationDelivreeAsync(convention, cosignee, await signature.SecretariatsAsync(convention, cancellationToken), cancellationToken);
        }

        return convention;
    }
}
