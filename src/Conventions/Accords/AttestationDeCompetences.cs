using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Membres;

namespace Conventions.Accords;

/// <summary>A co-signatory of a certificate: in which role (an authority, or a professional partner), who, and when they co-signed.</summary>
public sealed record Cosignataire(string Role, string? Partie, MembreId Membre, string Nom, DateTimeOffset? Le = null);

/// <summary>
/// R31: a competence certificate a school–partner convention delivers to a learner at the end of the training —
/// co-signed by one authority and every professional partner, the authorities depending on the variant (an FCIL's
/// on the head of school's proposal). Delivered once every co-signatory has signed.
/// </summary>
public sealed record Attestation(int Numero, string Variante, string Apprenant, string Competences, IReadOnlyList<Cosignataire> Cosignataires, string? SurPropositionDe)
{
    public bool Delivree => Cosignataires.All(c => c.Le is not null);

    /// <summary>The hash of what is certified and who co-signs it (not when): the same certificate, the same hash, through its co-signatures.</summary>
    public string Empreinte => "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(
        '\u001E',
        [
            string.Join('\u001F', Numero.ToString(System.Globalization.CultureInfo.InvariantCulture), Variante, Apprenant, Competences, SurPropositionDe ?? string.Empty),
            .. Cosignataires.Select(c => string.Join('\u001F', c.Role, c.Partie ?? string.Empty, c.Membre.ToString(), c.Nom)),
        ]))));
}

/// <summary>R31: who co-signs a competence certificate depends on the variant (coloration or FCIL).</summary>
public static class AttestationDeCompetences
{
    public static void Verifier(TypeDeConvention type, string variante, IReadOnlyCollection<string> cosignataires)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(cosignataires);
        var regle = type.Attestations?.GetValueOrDefault(variante) ?? throw new RegleMetierException(CodesErreur.VarianteInconnue, variante, type.Intitule);
        var autorites = cosignataires.Count(regle.UnParmi.Contains);
        if (autorites != 1)
        {
            throw new RegleMetierException(CodesErreur.AttestationAutorite, variante, string.Join(", ", regle.UnParmi));
        }

        if (regle.Et.FirstOrDefault(e => !cosignataires.Contains(e)) is { } manquant)
        {
            throw new RegleMetierException(CodesErreur.AttestationCosignataire, variante, manquant);
        }
    }
}
