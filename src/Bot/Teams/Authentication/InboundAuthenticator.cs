using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Teams.Authentication;

/// <summary>
/// Checks the bearer token of every inbound activity (reference: shared/reference/bot-protocol.md §3):
/// Bot Framework or trusted-tenant Entra issuer, audience = app id, 5-minute skew, signature from the issuer's
/// OpenID keys, key endorsed for the channel, <c>serviceurl</c> claim equal to the activity's serviceUrl.
/// </summary>
public sealed partial class InboundAuthenticator(
    IOptions<BotOptions> options,
    OpenIdMetadata metadata,
    ServiceUrlPolicy serviceUrlPolicy,
    IHostEnvironment environment,
    TimeProvider timeProvider,
    ILogger<InboundAuthenticator> logger)
{
    private const string BearerPrefix = "Bearer ";
    private static readonly JsonWebTokenHandler Handler = new();

    private BotOptions Options => options.Value;

    /// <summary>Anonymous mode: Development and no app id; even then only loopback serviceUrls are accepted.</summary>
    public bool ModeAnonyme => environment.IsDevelopment() && string.IsNullOrWhiteSpace(Options.AppId);

    /// <summary>First step, before the body is parsed: the token alone. Null when anonymous mode will decide.</summary>
    public async Task<(ValidatedToken? Jeton, AuthenticationOutcome? Refus)> ValiderJetonAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (ModeAnonyme)
        {
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (null, AuthenticationOutcome.NonAuthentifie("token.missing"));
        }

        var brut = authorization[BearerPrefix.Length..].Trim();
        if (!Handler.CanReadToken(brut))
        {
            return (null, AuthenticationOutcome.NonAuthentifie("token.malformed"));
        }

        var jeton = Handler.ReadJsonWebToken(brut);
        var source = SourceDesCles(jeton);
        if (source is null)
        {
            return (null, AuthenticationOutcome.NonAuthentifie("token.issuer-untrusted"));
        }

        var resultat = await ValiderAsync(brut, jeton.Issuer, source.Value.MetadataUrl, cancellationToken);
        if (!resultat.IsValid && resultat.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            metadata.DemanderRafraichissement(source.Value.MetadataUrl);
            resultat = await ValiderAsync(brut, jeton.Issuer, source.Value.MetadataUrl, cancellationToken);
        }

        if (!resultat.IsValid)
        {
            LogJetonRefuse(logger, resultat.Exception?.GetType().Name ?? "unknown");
            return (null, AuthenticationOutcome.NonAuthentifie(CodeDeRefus(resultat.Exception)));
        }

        var endorsements = source.Value.BotFramework
            ? await EndorsementsAsync(source.Value.MetadataUrl, jeton.Kid, cancellationToken)
            : [];
        return (new ValidatedToken(jeton, source.Value.BotFramework, endorsements), null);
    }

    /// <summary>Second step, once the activity is known: channel endorsement, serviceUrl claim, tenant.</summary>
    public AuthenticationOutcome Autoriser(ValidatedToken? jeton, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (jeton is null)
        {
            return ServiceUrlPolicy.EstBoucleLocale(activity.ServiceUrl)
                ? AuthenticationOutcome.Ok("anonymous.loopback")
                : AuthenticationOutcome.NonAuthentifie("anonymous.non-loopback");
        }

        if (!serviceUrlPolicy.EstAutorisee(activity.ServiceUrl))
        {
            return AuthenticationOutcome.Interdit("serviceurl.not-allowed");
        }

        if (jeton.EmisParBotFramework && !jeton.Endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Interdit("token.key-not-endorsed");
        }

        if (jeton.Jeton.TryGetClaim("serviceurl", out var claim))
        {
            return MemeServiceUrl(claim.Value, activity.ServiceUrl)
                ? AuthenticationOutcome.Ok("token.valid")
                : AuthenticationOutcome.Interdit("token.serviceurl-mismatch");
        }

        // Bot Framework tokens always carry the claim; Entra-issued ones may not (their serviceUrl passed the allow-list above).
        return jeton.EmisParBotFramework
            ? AuthenticationOutcome.Interdit("token.serviceurl-missing")
            : AuthenticationOutcome.Ok("token.valid-no-serviceurl");
    }

    private (string MetadataUrl, bool BotFramework)? SourceDesCles(JsonWebToken jeton)
    {
        if (string.Equals(jeton.Issuer, Options.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            return (Options.BotFrameworkOpenIdMetadataUrl, true);
        }

        var tenant = jeton.TryGetClaim("tid", out var tid) ? tid.Value : null;
        var tenantsDeConfiance = Options.TrustedServiceTenantIds.Append(Options.TenantId ?? string.Empty);
        if (tenant is null || !tenantsDeConfiance.Contains(tenant, StringComparer.OrdinalIgnoreCase) || !EmetteursEntra(tenant).Contains(jeton.Issuer))
        {
            return null;
        }

        return (Options.EntraOpenIdMetadataUrlTemplate.Replace("{tenantId}", tenant, StringComparison.Ordinal), false);
    }

    private static string[] EmetteursEntra(string tenant) =>
        [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];

    private async Task<TokenValidationResult> ValiderAsync(string brut, string emetteur, string metadataUrl, CancellationToken cancellationToken)
    {
        var configuration = await metadata.ObtenirAsync(metadataUrl, cancellationToken);
        var appId = Options.AppId ?? string.Empty;
        var parametres = new TokenValidationParameters
        {
            ValidIssuer = emetteur,
            ValidAudiences = [appId, $"api://{appId}", $"api://botid-{appId}"],
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
            LifetimeValidator = (debut, fin, _, p) => DansSaPeriodeDeValidite(debut, fin, p.ClockSkew),
        };
        return await Handler.ValidateTokenAsync(brut, parametres);
    }

    private bool DansSaPeriodeDeValidite(DateTime? debut, DateTime? fin, TimeSpan tolerance)
    {
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        return fin is { } expiration && maintenant <= expiration.ToUniversalTime() + tolerance
            && (debut is not { } nbf || maintenant >= nbf.ToUniversalTime() - tolerance);
    }

    private async Task<IReadOnlyCollection<string>> EndorsementsAsync(string metadataUrl, string kid, CancellationToken cancellationToken)
    {
        var configuration = await metadata.ObtenirAsync(metadataUrl, cancellationToken);
        var cle = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (cle is null || !cle.AdditionalData.TryGetValue("endorsements", out var valeur))
        {
            return [];
        }

        return valeur switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } tableau => [.. tableau.EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
            IEnumerable<object> liste => [.. liste.Select(e => e?.ToString() ?? string.Empty)],
            _ => [],
        };
    }

    private static bool MemeServiceUrl(string revendique, string? serviceUrl) =>
        string.Equals(revendique.TrimEnd('/'), serviceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string CodeDeRefus(Exception? exception) => exception switch
    {
        SecurityTokenInvalidLifetimeException or SecurityTokenNoExpirationException => "token.lifetime",
        SecurityTokenInvalidAudienceException => "token.audience",
        SecurityTokenInvalidIssuerException => "token.issuer",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "token.signature",
        _ => "token.invalid",
    };

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Inbound token rejected: {Raison}")]
    private static partial void LogJetonRefuse(ILogger logger, string raison);
}
