using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TeamsConventions.Testing;

/// <summary>A self-signed seal certificate for the tests (the organisation's, in Azure, comes from Key Vault): PFX in base64, no password.</summary>
public static class CertificatDeTest
{
    private static readonly Lazy<string> Pfx = new(() =>
    {
        using var cle = RSA.Create(2048);
        var demande = new CertificateRequest("CN=Le Forem (sceau de test), O=Le Forem, C=BE", cle, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        demande.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var certificat = demande.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificat.Export(X509ContentType.Pkcs12));
    });

    public static string EnBase64 => Pfx.Value;
}
