namespace TeamsConventions.Bot.Classement;

/// <summary>Section <c>Classement</c>: where signed documents are filed. Always said: there is no silent default.</summary>
public sealed class ClassementOptions
{
    public const string SectionName = "Classement";
    public const string SharePoint = "SharePoint";
    public const string DossierLocal = "DossierLocal";

    /// <summary><c>SharePoint</c> (the organisation's library through Microsoft Graph), or <c>DossierLocal</c>, a local stand-in refused in Production.</summary>
    public string? Bibliotheque { get; set; }

    /// <summary>For <c>DossierLocal</c>: the folder, relative to the content root or absolute.</summary>
    public string? Dossier { get; set; }

    /// <summary>The organisation's seal on the filed PDFs (required with SharePoint).</summary>
    public SceauOptions Sceau { get; set; } = new();

    /// <summary>The seal's certificate as PFX, base64 (a Key Vault certificate's secret, through an app setting's Key Vault reference), with its private key.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? CertificatDuSceau() =>
        Sceau.Certificat is { Length: > 0 } pfx
            ? System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(pfx), Sceau.MotDePasse, System.Security.Cryptography.X509Certificates.X509KeyStorageFlags.EphemeralKeySet)
            : null;
}

/// <summary>Section <c>Classement:Sceau</c>: the certificate sealing the filed PDFs.</summary>
public sealed class SceauOptions
{
    /// <summary>PFX (PKCS#12), base64.</summary>
    public string? Certificat { get; set; }

    public string? MotDePasse { get; set; }
}
