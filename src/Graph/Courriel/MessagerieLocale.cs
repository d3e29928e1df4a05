using System.Security.Cryptography;
using System.Text;
using TeamsConventions.Application.Microsoft365;

namespace TeamsConventions.Graph.Courriel;

/// <summary>
/// The local stand-in for the organisation's mailbox: each e-mail written as an <c>.eml</c> file (text and HTML)
/// into a folder, which any mail client opens. Written beside, then moved: a file there is always whole.
/// </summary>
public sealed class MessagerieLocale(string dossier, string expediteur, TimeProvider horloge) : IMessagerie
{
    public async Task EnvoyerAsync(CourrielAEnvoyer courriel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(courriel);
        Directory.CreateDirectory(dossier);
        var maintenant = horloge.GetUtcNow();
        var empreinte = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(courriel.A + courriel.Objet + courriel.Html)))[..12];
        var nom = Path.Combine(dossier, $"{maintenant:yyyyMMdd'T'HHmmssfff}-{empreinte}.eml");
        var temporaire = nom + ".tmp";
        var limite = "tc-" + empreinte;
        var eml = new StringBuilder()
            .Append("From: ").Append(expediteur).Append("\r\n")
            .Append("To: ").Append(courriel.A).Append("\r\n")
            .Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(courriel.Objet))).Append("?=\r\n")
            .Append("Date: ").Append(maintenant.ToString("r", System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: multipart/alternative; boundary=\"").Append(limite).Append("\"\r\n\r\n")
            .Append(Partie(limite, "text/plain", courriel.Texte))
            .Append(Partie(limite, "text/html", courriel.Html))
            .Append("--").Append(limite).Append("--\r\n");
        await File.WriteAllTextAsync(temporaire, eml.ToString(), Encoding.ASCII, cancellationToken);
        File.Move(temporaire, nom, overwrite: true);
    }

    private static string Partie(string limite, string type, string contenu) =>
        $"--{limite}\r\nContent-Type: {type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{Convert.ToBase64String(Encoding.UTF8.GetBytes(contenu), Base64FormattingOptions.InsertLineBreaks)}\r\n";
}
