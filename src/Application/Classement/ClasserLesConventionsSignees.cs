using System.Globalization;
using System.Security.Cryptography;
using Conventions.Accords;

namespace TeamsConventions.Application.Classement;

/// <summary>
/// Files each signed convention's document and its signature certificate with their metadata, once: a convention already recorded as filed is
/// left alone, and a run after a crash finds in the library what the previous one put there.
/// </summary>
public sealed class ClasserLesConventionsSignees(IConventionsSignees signees, IClassements classements, Accords.IConventions conventions, IRenduDesConventions rendu, IBibliothequeDeClassement bibliotheque)
{
    public const string StatutEnVigueur = "En vigueur";
    private const string LaConvention = "convention";
    private const string LeCertificat = "certificat";

    /// <summary>
    /// The signed conventions with a document (the convention, its signature certificate) not filed yet. What is
    /// filed is read first, so that a convention filed long ago costs one small read and is never loaded again —
    /// nor filed again when an avenant later changes its version.
    /// </summary>
    public async Task<IReadOnlyList<ConventionId>> DuesAsync(CancellationToken cancellationToken)
    {
        var dues = new List<ConventionId>();
        foreach (var id in await signees.SigneesAsync(cancellationToken))
        {
            if (AClasser(await classements.DeLaConventionAsync(id, cancellationToken)).Count > 0)
            {
                dues.Add(id);
            }
        }

        return dues;
    }

    /// <summary>Files what is not filed yet of the convention's signed document and its signature certificate; what was filed now.</summary>
    public async Task<IReadOnlyList<DocumentClasse>> ExecuterAsync(ConventionId id, CancellationToken cancellationToken)
    {
        var aClasser = AClasser(await classements.DeLaConventionAsync(id, cancellationToken));
        if (aClasser.Count == 0 || await conventions.ChargerAsync(id, cancellationToken) is not { DateDeSignature: not null } convention)
        {
            return [];
        }

        var decision = convention.Dossier?.ToString();
        var classes = new List<DocumentClasse>();
        foreach (var document in aClasser)
        {
            var octets = document == LaConvention ? rendu.Document(convention) : rendu.Certificat(convention, decision);
            var metadonnees = new MetadonneesDeClassement(
                convention.Id, convention.Type.Code, string.Join(" — ", convention.Parties.Select(p => p.Nom)), convention.Signatures.Max(s => s.Le), StatutEnVigueur, decision,
                "sha256:" + Convert.ToHexStringLower(SHA256.HashData(octets)));
            var version = convention.Version.ToString(CultureInfo.InvariantCulture);
            var classe = await bibliotheque.ClasserAsync(new DocumentAClasser($"{document}-{convention.Type.Code}-v{version}.docx", octets, metadonnees), cancellationToken);

            // Recorded by what it is and the version (« convention-v3 »), beside the convention's other filed documents.
            await classements.EnregistrerAsync(id, $"{document}-v{version}", classe, cancellationToken);
            classes.Add(classe);
        }

        return classes;
    }

    /// <summary>The documents of the convention's signature that <paramref name="classes"/> does not hold yet, in any version.</summary>
    private static List<string> AClasser(IReadOnlyDictionary<string, DocumentClasse> classes) =>
        [.. new[] { LaConvention, LeCertificat }.Where(document => !classes.Keys.Any(k => k.StartsWith(document + "-v", StringComparison.Ordinal)))];
}
