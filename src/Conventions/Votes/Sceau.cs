using System.Security.Cryptography;

namespace Conventions.Votes;

/// <summary>
/// Seals a value so that only the key's holder can read it, and only where it belongs: AES-GCM with a fresh nonce
/// each time (two seals of the same value differ) and <c>lien</c> bound in (a seal moved elsewhere does not open).
/// </summary>
public static class Sceau
{
    private const int TailleDuNonce = 12;
    private const int TailleDeLEtiquette = 16;

    public static byte[] Sceller(byte[] cle, ReadOnlySpan<byte> contenu, byte[] lien)
    {
        var scelle = new byte[TailleDuNonce + contenu.Length + TailleDeLEtiquette];
        RandomNumberGenerator.Fill(scelle.AsSpan(0, TailleDuNonce));
        using var aes = new AesGcm(cle, TailleDeLEtiquette);
        aes.Encrypt(scelle.AsSpan(0, TailleDuNonce), contenu, scelle.AsSpan(TailleDuNonce, contenu.Length), scelle.AsSpan(TailleDuNonce + contenu.Length), lien);
        return scelle;
    }

    /// <summary>The sealed value; null when it is not a seal of this key for this place.</summary>
    public static byte[]? Ouvrir(byte[] cle, byte[] scelle, byte[] lien)
    {
        ArgumentNullException.ThrowIfNull(scelle);
        if (scelle.Length < TailleDuNonce + TailleDeLEtiquette)
        {
            return null;
        }

        var contenu = new byte[scelle.Length - TailleDuNonce - TailleDeLEtiquette];
        using var aes = new AesGcm(cle, TailleDeLEtiquette);
        try
        {
            aes.Decrypt(scelle.AsSpan(0, TailleDuNonce), scelle.AsSpan(TailleDuNonce, contenu.Length), scelle.AsSpan(TailleDuNonce + contenu.Length), contenu, lien);
            return contenu;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
