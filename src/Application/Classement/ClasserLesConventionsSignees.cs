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

    /// <summary>The document's key among the convention's filed documents: what it is and the version (« convention-v3 », « certificat-v3 »).</summary>
    public static string Cle(Convention convention, string document = LaConvention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return $"{document}-v{convention.Version.ToString(CultureInfo.InvariantCulture)}";
    }

    public const string LaConvention = "convention";
    public const string LeCertificat = "certificat";

    /// <summary>The signed conventions with a document (the convention, its signature certificate) not filed yet.</summary>
    public async Task<IReadOnlyList<ConventionId>> DuesAsync(CancellationToken cancellationToken)
    {
        var dues = new List<ConventionId>();
        foreach (var id in await signees.SigneesAsync(cancellationToken))
        {
            if (await conventions.ChargerAsync(id, cancellationToken) is { DateDeSignature: not null } convention
                && !await ToutEstClasseAsync(convention, cancellationToken))
            {
                dues.Add(id);
            }
        }

        return dues;
    }

    /// <summary>Files what is not filed yet of the convention's signed document and its signature certificate; what was filed now.</summary>
    public async Task<IReadOnlyList<DocumentClasse>> ExecuterAsync(ConventionId id, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { DateDeSignature: not null } convention)
        {
            return [];
        }

        var decision = convention.Dossier?.ToString();
        var classes = new List<DocumentClasse>();
        foreach (var (document, rendre) in new (string, Func<byte[]>)[] { (LaConvention, () => rendu.Document(convention)), (LeCertificat, () => rendu.Certificat(convention, decision)) })
        {
            if (await classements.TrouverAsync(id, Cle(convention, document), cancellationToken) is not null)
            {
                continue;
            }

            var octets = rendre();
            var metadonnees = new MetadonneesDeClassement(
                convention.Id, convention.Type.Code, string.Join(" — ", convention.Parties.Select(p => p.Nom)), convention.Signatures.Max(s => s.Le), StatutEnVigueur, decision,
                "sha256:" + Convert.ToHexStringLower(SHA256.HashData(octets)));
            var classe = await bibliotheque.ClasserAsync(new DocumentAClasser($"{document}-{convention.Type.Code}-v{convention.Version.ToString(CultureInfo.InvariantCulture)}.docx", octets, metadonnees), cancellationToken);
            await classements.EnregistrerAsync(id, Cle(convention, document), classe, cancellationToken);
            classes.Add(classe);
        }

        return classes;
    }

    private async Task<bool> ToutEstClasseAsync(Convention convention, CancellationToken cancellationToken) =>
        await classements.TrouverAsync(convention.Id, Cle(convention, LaConvention), cancellationToken) is not null
        && await classements.TrouverAsync(convention.Id, Cle(convention, LeCertificat), cancellationToken) is not null;
}
