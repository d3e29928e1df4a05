using System.Text;
using System.Text.RegularExpressions;

namespace TeamsConventions.Testing;

/// <summary>Reads back the <c>.eml</c> files the local mail stand-in writes, as a mail client would: recipient, subject, both bodies.</summary>
public static partial class CourrielsEcrits
{
    public sealed record Courriel(string A, string Objet, string Texte, string Html);

    public static Courriel Lire(string chemin)
    {
        var eml = File.ReadAllText(chemin, Encoding.ASCII);
        var objet = Regex.Match(eml, @"^Subject: =\?utf-8\?B\?(?<b64>[^?]+)\?=", RegexOptions.Multiline).Groups["b64"].Value;
        string Partie(string type) => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Match(eml, $@"Content-Type: {type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n(?<b64>[A-Za-z0-9+/=\r\n]+?)\r\n--").Groups["b64"].Value.Replace("\r\n", string.Empty, StringComparison.Ordinal)));
        return new Courriel(
            Regex.Match(eml, @"^To: (?<a>\S+)", RegexOptions.Multiline).Groups["a"].Value,
            Encoding.UTF8.GetString(Convert.FromBase64String(objet)),
            Partie("text/plain"),
            Partie("text/html"));
    }

    /// <summary>Waits (at most 20 s) for an e-mail in <paramref name="dossier"/> that matches <paramref name="condition"/>.</summary>
    public static async Task<Courriel> AttendreAsync(string dossier, Func<Courriel, bool> condition)
    {
        Courriel? trouve = null;
        await Attendre.QueAsync(() => (trouve = Directory.Exists(dossier) ? Directory.GetFiles(dossier, "*.eml").Select(Lire).FirstOrDefault(condition) : null) is not null);
        return trouve ?? throw new InvalidOperationException("Found, then gone.");
    }

    /// <summary>The first address in <paramref name="texte"/> that starts with <paramref name="debut"/>.</summary>
    public static Uri Lien(string texte, string debut) =>
        new(LienRegex().Matches(texte).Select(m => m.Value).FirstOrDefault(u => u.StartsWith(debut, StringComparison.Ordinal)) ?? throw new InvalidOperationException($"No link to {debut}."));

    /// <summary>The six-digit one-time code a code e-mail carries (« Votre code de signature est 123456. »).</summary>
    public static string Code(string texte) => CodeRegex().Match(texte).Groups["code"].Value;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LienRegex();

    [GeneratedRegex(@"est (?<code>[0-9]{6})\.")]
    private static partial Regex CodeRegex();
}
