using System.Globalization;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamsConventions.Testing;

/// <summary>Checks a sealed PDF as a reader does: the bytes its /ByteRange names, against the PKCS#7 signature in /Contents.</summary>
public static partial class SceauDuPdf
{
    /// <summary>The sealing certificate's subject; a <see cref="System.Security.Cryptography.CryptographicException"/> when the bytes changed.</summary>
    public static string Verifier(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var texte = Encoding.Latin1.GetString(pdf);
        var plage = ByteRange().Match(texte);
        var debuts = Enumerable.Range(1, 4).Select(i => int.Parse(plage.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
        var signe = pdf.AsSpan(debuts[0], debuts[1]).ToArray().Concat(pdf.AsSpan(debuts[2], debuts[3]).ToArray()).ToArray();
        var contenu = Contents().Match(texte, debuts[0] + debuts[1] - 1).Groups["hex"].Value;
        var cms = new SignedCms(new System.Security.Cryptography.Pkcs.ContentInfo(signe), detached: true);
        cms.Decode(SansRemplissage(Convert.FromHexString(contenu)));
        cms.CheckSignature(verifySignatureOnly: true);
        return cms.SignerInfos[0].Certificate?.Subject ?? string.Empty;
    }

    /// <summary>The DER signature without the zeros that fill the rest of its reserved place: its own length says where it ends.</summary>
    private static byte[] SansRemplissage(byte[] reserve)
    {
        if (reserve[1] < 0x80)
        {
            return reserve[..(2 + reserve[1])];
        }

        var octetsDeLongueur = reserve[1] & 0x7F;
        var longueur = 0;
        for (var i = 0; i < octetsDeLongueur; i++)
        {
            longueur = (longueur << 8) | reserve[2 + i];
        }

        return reserve[..(2 + octetsDeLongueur + longueur)];
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();

    [GeneratedRegex(@"<(?<hex>[0-9A-Fa-f]+)>")]
    private static partial Regex Contents();
}
