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
    private byte[] Cle => SHA256.HashData(Convert.FromBase64String(options.Value.CleDesVotesSecrets ?? string.Empty));

    public byte[]? Envelopper(ScrutinId scrutin, byte[]? cle) => cle is null ? null : Sceau.Sceller(Cle, cle, Lien(scrutin));

    /// <summary>The vote's key; null when none was stored, or when it was wrapped under another key than today's.</summary>
    public byte[]? Deballer(ScrutinId scrutin, byte[]? enveloppe) => enveloppe is null ? null : Sceau.Ouvrir(Cle, enveloppe, Lien(scrutin));

    private static byte[] Lien(ScrutinId scrutin) => Encoding.UTF8.GetBytes("scrutin-secret|" + scrutin);
}
