using System.Security.Cryptography;
using System.Text;
using Conventions.Votes;
using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Wraps a secret vote's own key (AES-GCM under <c>Storage:CleDesVotesSecrets</c>, bound to the vote) before it is
/// stored, and unwraps it when the vote is read. The tables alone never hold a key that opens a ballot.
/// </summary>
public sealed class EnveloppeDesVotesSecrets(IOptions<StorageOptions> options)
{
    private const int TailleDuNonce = 12;
    private const int TailleDeLEtiquette = 16;

    private byte[] Cle => SHA256.HashData(Convert.FromBase64String(options.Value.CleDesVotesSecrets ?? string.Empty));

    public byte[]? Envelopper(ScrutinId scrutin, byte[]? cle)
    {
        if (cle is null)
        {
            return null;
        }

        var enveloppe = new byte[TailleDuNonce + cle.Length + TailleDeLEtiquette];
        RandomNumberGenerator.Fill(enveloppe.AsSpan(0, TailleDuNonce));
        using var aes = new AesGcm(Cle, TailleDeLEtiquette);
        aes.Encrypt(enveloppe.AsSpan(0, TailleDuNonce), cle, enveloppe.AsSpan(TailleDuNonce, cle.Length), enveloppe.AsSpan(TailleDuNonce + cle.Length), Lien(scrutin));
        return enveloppe;
    }

    public byte[]? Deballer(ScrutinId scrutin, byte[]? enveloppe)
    {
        if (enveloppe is null || enveloppe.Length <= TailleDuNonce + TailleDeLEtiquette)
        {
            return null;
        }

        var cle = new byte[enveloppe.Length - TailleDuNonce - TailleDeLEtiquette];
        using var aes = new AesGcm(Cle, TailleDeLEtiquette);
        aes.Decrypt(enveloppe.AsSpan(0, TailleDuNonce), enveloppe.AsSpan(TailleDuNonce, cle.Length), enveloppe.AsSpan(TailleDuNonce + cle.Length), cle, Lien(scrutin));
        return cle;
    }

    private static byte[] Lien(ScrutinId scrutin) => Encoding.UTF8.GetBytes("scrutin-secret|" + scrutin);
}
