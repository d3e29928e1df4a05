using System.ComponentModel.DataAnnotations;

namespace TeamsConventions.Bot.Hosting;

/// <summary>Section <c>Bot</c>. The app and tenant ids come from the <c>AzureAd</c> section, shared with token acquisition.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The bot's Microsoft App ID (<c>AzureAd:ClientId</c>). Empty only for local runs with the Agents Playground.</summary>
    public string? AppId { get; set; }

    /// <summary>The tenant the bot trusts for Entra-issued tokens (<c>AzureAd:TenantId</c>).</summary>
    public string? TenantId { get; set; }

    [Required, Url]
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [Required]
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Entra OpenID metadata; <c>{tenantId}</c> is replaced by the token's tenant.</summary>
    [Required]
    public string EntraOpenIdMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>Bot Framework service tenants whose Entra-issued tokens are trusted besides the bot's own tenant.</summary>
    public IList<string> TrustedServiceTenantIds { get; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>Hosts a <c>serviceUrl</c> may point to (exact host or any sub-domain). Loopback is added in Development only.</summary>
    public IList<string> AllowedServiceUrlHosts { get; } =
    [
        "botframework.com",
        "smba.trafficmanager.net",
        "teams.microsoft.com",
        "teams.microsoft.us",
    ];

    /// <summary>
    /// <c>auto</c>: the Teams client's language (English clients get English, everyone else French);
    /// or a fixed <c>fr-BE</c> / <c>en</c> for the whole organisation (and for the Agents Playground, whose
    /// activities always claim en-US).
    /// </summary>
    [Required, RegularExpression("^(auto|fr-BE|en)$")]
    public string Langue { get; set; } = "auto";

    /// <summary>How often background jobs (votes past their deadline) look for work.</summary>
    [Range(1, 3600)]
    public int IntervalleDesTravauxEnSecondes { get; set; } = 30;

    /// <summary>How long before a vote's deadline the members who have not voted get a 1:1 reminder with a ballot.</summary>
    [Range(1, 24 * 14)]
    public int RappelAvantEcheanceEnHeures { get; set; } = 24;

    [Range(16 * 1024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
