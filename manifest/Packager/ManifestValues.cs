using System.Text.RegularExpressions;

namespace TeamsConventions.Manifest;

/// <summary>Each value the manifest template needs, and what a valid one looks like.</summary>
public static partial class ManifestValues
{
    private static readonly Dictionary<string, (Func<string, bool> Valide, string Attendu)> Regles = new(StringComparer.Ordinal)
    {
        ["APP_VERSION"] = (v => Version().IsMatch(v), "a version like 1.0.0"),
        ["TEAMS_APP_ID"] = (EstUnGuid, "a GUID (the Teams app id)"),
        ["BOT_ID"] = (EstUnGuid, "a GUID (the bot's app id: infra output botId)"),
        ["BOT_DOMAIN"] = (v => Domaine().IsMatch(v), "a host name without scheme or path (infra output botDomain)"),
        ["DEVELOPER_NAME"] = (v => v.Length is > 0 and <= 32, "1 to 32 characters"),
        ["DEVELOPER_WEBSITE_URL"] = (EstHttps, "an https URL"),
        ["PRIVACY_URL"] = (EstHttps, "an https URL"),
        ["TERMS_OF_USE_URL"] = (EstHttps, "an https URL"),
    };

    public static IEnumerable<string> Noms => Regles.Keys;

    public static void Verifier(string nom, string? valeur, string fichier)
    {
        if (!Regles.TryGetValue(nom, out var regle))
        {
            throw new PackagingException($"manifest/manifest.json uses ${{{{{nom}}}}}, which has no rule in ManifestValues: add one.");
        }

        if (string.IsNullOrWhiteSpace(valeur))
        {
            throw new PackagingException($"{fichier}: {nom} is missing; it must be {regle.Attendu}.");
        }

        if (!regle.Valide(valeur))
        {
            throw new PackagingException($"{fichier}: {nom}='{valeur}' is not {regle.Attendu}.");
        }
    }

    private static bool EstUnGuid(string valeur) => Guid.TryParse(valeur, out var guid) && guid != Guid.Empty;

    private static bool EstHttps(string valeur) => Uri.TryCreate(valeur, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex Version();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")]
    private static partial Regex Domaine();
}
