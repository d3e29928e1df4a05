using System.Globalization;
using System.Security.Cryptography;
using Conventions.Accords;

namespace TeamsConventions.Application.Classement;

/// <summary>
/// Files each signed convention's document and its signature certificate with their metadata, once: a convention already recorded as filed is
/// left alone, and a run after a crash finds in the library what the previous one put there. Where the library renders
/// PDFs and the organisation has a seal, a third: the PDF of the two, the certificate after the convention, sealed.
/// Each signed amendment (R19) is filed beside them, its Word document with its own signatures.
/// </summary>
public sealed class ClasserLesConventionsSignees(
    IConventionsSignees signees, IClassements classements, Accords.IConventions conventions, IRenduDesConventions rendu, IBibliothequeDeClassement bibliotheque,
    ISceauDesDocuments sceau, Accords.SignatureDeLaConvention signature, Accords.ISuitesDesConventions suites, TimeProvider timeProvider)
{
    public const string StatutEnVigueur = "En vigueur";
    public const string StatutAvenantEnVigueur = "Avenant en vigueur";
    private const string LaConvention = "convention";
    private const string LeCertificat = "certificat";
    private const string LePdfScelle = "pdf";

    /// <summary>
    /// The signed conventions with a document (the convention, its signature certificate, their sealed PDF, a signed
    /// amendment and its sealed PDF) not filed yet. What is filed is read first, so that a convention filed long ago
    /// costs one small read and is never loaded again — nor filed again when an avenant later changes its version.
    /// </summary>
    public async Task<IReadOnlyList<ConventionId>> DuesAsync(CancellationToken cancellationToken)
    {
        var avenants = (await signees.AvenantsSignesAsync(cancellationToken)).ToLookup(a => a.Convention, a => a.Version);
        var dues = new List<ConventionId>();
        foreach (var id in (await signees.SigneesAsync(cancellationToken)).Concat(avenants.Select(a => a.Key)).Distinct())
        {
            var classes = await classements.DeLaConventionAsync(id, cancellationToken);
            if (AClasser(classes).Count > 0 || AvenantsAClasser(classes, avenants[id]).Count > 0)
            {
                dues.Add(id);
            }
        }

        return dues;
    }

    /// <summary>Files what is not filed yet of the convention's signed document and its signature certificate; what was filed now.</summary>
    public async Task<IReadOnlyList<DocumentClasse>> ExecuterAsync(ConventionId id, CancellationToken cancellationToken)
    {
        var dejaClasses = await classements.DeLaConventionAsync(id, cancellationToken);
        var aClasser = AClasser(dejaClasses);
        var avenants = AvenantsAClasser(dejaClasses, (await signees.AvenantsSignesAsync(cancellationToken)).Where(a => a.Convention == id).Select(a => a.Version));
        if ((aClasser.Count == 0 && avenants.Count == 0) || await conventions.ChargerAsync(id, cancellationToken) is not { DateDeSignature: not null } convention)
        {
            return [];
        }

        var decision = convention.Dossier?.ToString();
        var version = convention.Version.ToString(CultureInfo.InvariantCulture);
        var deLaVersion = new Dictionary<string, DocumentClasse>(StringComparer.Ordinal);
        foreach (var (cle, classe) in await classements.DeLaConventionAsync(id, cancellationToken))
        {
            deLaVersion[cle] = classe;
        }

        var classes = new List<DocumentClasse>();
        foreach (var document in aClasser)
        {
            var octets = document switch
            {
                LaConvention => rendu.Document(convention),
                LeCertificat => rendu.Certificat(convention, decision),
                _ => await ScellerAsync(convention, deLaVersion, version, cancellationToken),
            };
            var metadonnees = new MetadonneesDeClassement(
                convention.Id, convention.Type.Code, string.Join(" — ", convention.Parties.Select(p => p.Nom)), convention.Signatures.Max(s => s.Le), StatutEnVigueur, decision,
                "sha256:" + Convert.ToHexStringLower(SHA256.HashData(octets)));
            var nom = document == LePdfScelle ? $"convention-scellee-{convention.Type.Code}-v{version}.pdf" : $"{document}-{convention.Type.Code}-v{version}.docx";
            var classe = await bibliotheque.ClasserAsync(new DocumentAClasser(nom, octets, metadonnees, Reproductible: document != LePdfScelle), cancellationToken);

            // Recorded by what it is and the version (« convention-v3 »), beside the convention's other filed documents.
            await classements.EnregistrerAsync(id, $"{document}-v{version}", classe, cancellationToken);
            deLaVersion[$"{document}-v{version}"] = classe;
            classes.Add(classe);
        }

        foreach (var (versionDeLAvenant, scelle) in avenants)
        {
            if (convention.Avenants.FirstOrDefault(a => a.Version == versionDeLAvenant && a.EnVigueur) is not { } avenant)
            {
                continue;
            }

            var numero = $"{avenant.Numero.ToString(CultureInfo.InvariantCulture)}-{convention.Type.Code}-v{versionDeLAvenant.ToString(CultureInfo.InvariantCulture)}";
            var octets = scelle
                ? await sceau.ScellerAsync(
                    [await bibliotheque.RenduPdfAsync(deLaVersion[CleDAvenant(versionDeLAvenant, false)], cancellationToken)],
                    $"Avenant n° {avenant.Numero.ToString(CultureInfo.InvariantCulture)} — {convention.Type.Intitule} — {avenant.Objet}", cancellationToken)
                : rendu.Avenant(convention, avenant);
            var metadonnees = new MetadonneesDeClassement(
                convention.Id, convention.Type.Code, string.Join(" — ", convention.Parties.Select(p => p.Nom)), avenant.Signatures.Max(s => s.Le), StatutAvenantEnVigueur, decision,
                "sha256:" + Convert.ToHexStringLower(SHA256.HashData(octets)));
            var classe = await bibliotheque.ClasserAsync(
                new DocumentAClasser(scelle ? $"avenant-scelle-{numero}.pdf" : $"avenant-{numero}.docx", octets, metadonnees, Reproductible: !scelle), cancellationToken);
            await classements.EnregistrerAsync(id, CleDAvenant(versionDeLAvenant, scelle), classe, cancellationToken);
            deLaVersion[CleDAvenant(versionDeLAvenant, scelle)] = classe;
            classes.Add(classe);
        }

        return classes;
    }

    /// <summary>
    /// Of the signed amendments <paramref name="versions"/>, what <paramref name="classes"/> does not hold yet: each one's
    /// Word document, then (where there can be one) its sealed PDF — in that order, the PDF rendering the filed document.
    /// </summary>
    private List<(int Version, bool Scelle)> AvenantsAClasser(IReadOnlyDictionary<string, DocumentClasse> classes, IEnumerable<int> versions) =>
        [.. versions.Distinct().Order().SelectMany(version => new[] { (version, false), (version, true) })
            .Where(a => !a.Item2 || (bibliotheque.RendDesPdf && sceau.Possible))
            .Where(a => !classes.ContainsKey(CleDAvenant(a.Item1, a.Item2)))];

    /// <summary>How a filed amendment is recorded beside its convention's documents (« avenant-v3 », its sealed PDF « avenant-pdf-v3 »).</summary>
    private static string CleDAvenant(int version, bool scelle) => $"avenant-{(scelle ? "pdf-" : string.Empty)}v{version.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The secretariat (or the drafters) presses « Réessayer » on the convention's card: only they may; filed now, or a
    /// <see cref="ClassementImpossibleException"/> saying what to fix.
    /// </summary>
    public async Task<IReadOnlyList<DocumentClasse>> ReessayerAsync(ConventionId id, Conventions.Membres.MembreId par, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is not { } convention)
        {
            return [];
        }

        await signature.ExigerLeSecretariatAsync(convention, par, timeProvider.GetUtcNow(), cancellationToken);
        return await ExecuterAsync(id, cancellationToken);
    }

    /// <summary>Filing the convention keeps failing (the background job's repeated failures): those who run its round are told why.</summary>
    public async Task SignalerAsync(ConventionId id, string raison, CancellationToken cancellationToken)
    {
        if (await conventions.ChargerAsync(id, cancellationToken) is { } convention)
        {
            await suites.ClassementEnAttenteAsync(convention, await signature.SecretariatsAsync(convention, cancellationToken), raison, cancellationToken);
        }
    }

    /// <summary>Whether a signed convention still waits to be filed (its document or certificate in no version yet).</summary>
    public static bool EnAttente(Convention convention, IReadOnlyDictionary<string, DocumentClasse> classes) =>
        convention?.DateDeSignature is not null && new[] { LaConvention, LeCertificat }.Any(document => !classes.Keys.Any(k => k.StartsWith(document + "-v", StringComparison.Ordinal)));

    /// <summary>The library's PDF of the filed convention and of its certificate, after it, under the organisation's seal.</summary>
    private async Task<byte[]> ScellerAsync(Convention convention, IReadOnlyDictionary<string, DocumentClasse> classes, string version, CancellationToken cancellationToken)
    {
        var pdfs = new List<byte[]>();
        foreach (var document in new[] { LaConvention, LeCertificat })
        {
            var classe = classes.GetValueOrDefault($"{document}-v{version}") ?? classes.Where(c => c.Key.StartsWith(document + "-v", StringComparison.Ordinal)).Select(c => c.Value).First();
            pdfs.Add(await bibliotheque.RenduPdfAsync(classe, cancellationToken));
        }

        return await sceau.ScellerAsync(pdfs, $"{convention.Type.Intitule} — {string.Join(", ", convention.Parties.Select(p => p.Nom))}, signée le {convention.DateDeSignature?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", cancellationToken);
    }

    /// <summary>The documents of the convention's signature that <paramref name="classes"/> does not hold yet, in any version (the sealed PDF where there can be one).</summary>
    private List<string> AClasser(IReadOnlyDictionary<string, DocumentClasse> classes) =>
        [.. new[] { LaConvention, LeCertificat, LePdfScelle }
            .Where(document => document != LePdfScelle || (bibliotheque.RendDesPdf && sceau.Possible))
            .Where(document => !classes.Keys.Any(k => k.StartsWith(document + "-v", StringComparison.Ordinal)))];
}
