using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Classement;

namespace TeamsConventions.Bot.Classement;

/// <summary>
/// Seals with PDFsharp: the renditions' pages copied end to end into one document, signed (PKCS#7 detached,
/// SHA-256) with the organisation's certificate — an invisible seal, as an organisation's is.
/// </summary>
public sealed class SceauPdf(IOptions<ClassementOptions> classement, IOptions<Hosting.DossiersOptions> dossiers) : ISceauDesDocuments, IDisposable
{
    private readonly Lazy<X509Certificate2?> _certificat = new(classement.Value.CertificatDuSceau);

    public bool Possible => !string.IsNullOrWhiteSpace(classement.Value.Sceau.Certificat);

    public void Dispose()
    {
        if (_certificat.IsValueCreated)
        {
            _certificat.Value?.Dispose();
        }
    }

    public async Task<byte[]> ScellerAsync(IReadOnlyList<byte[]> pdfs, string raison, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdfs);
        var certificat = _certificat.Value ?? throw new ClassementImpossibleException("Classement:Sceau:Certificat", "No seal is configured: set Classement:Sceau:Certificat.");
        var organisation = dossiers.Value.Organisation;
        using var scelle = new PdfDocument();
        scelle.Info.Title = raison;
        scelle.Info.Creator = "TeamsConventions";
        foreach (var pdf in pdfs)
        {
            using var source = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
            foreach (var page in source.Pages)
            {
                scelle.AddPage(page);
            }
        }

        DigitalSignatureHandler.ForDocument(scelle, new PdfSharpDefaultSigner(certificat, PdfMessageDigestType.SHA256, null), new DigitalSignatureOptions
        {
            Reason = raison, Location = organisation ?? string.Empty, ContactInfo = organisation ?? string.Empty, AppName = "TeamsConventions",
        });
        using var sortie = new MemoryStream();
        await scelle.SaveAsync(sortie);
        cancellationToken.ThrowIfCancellationRequested();
        return sortie.ToArray();
    }
}
