using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsConventions.Testing;

/// <summary>
/// Plays Microsoft Entra over real HTTP on loopback, checking what Entra checks: the client-credentials token
/// endpoint (a client secret, or a client assertion signed by the app's certificate), MSAL's instance discovery and
/// tenant metadata, and the App Service managed-identity endpoint (<c>IDENTITY_ENDPOINT</c> + <c>IDENTITY_HEADER</c>).
/// MSAL reaches it through <see cref="MsalVersFakeEntra"/>, which sends the requests meant for
/// <c>login.microsoftonline.com</c> here.
/// </summary>
public sealed class FakeEntra : IAsyncDisposable
{
    public const string Hote = "login.microsoftonline.com";
    public const string EnteteDIdentite = "secret-de-l-hote-app-service";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _jetonsEmis = new();
    private readonly ConcurrentQueue<int> _echecsImposes = new();
    private int _compteur;

    private FakeEntra(WebApplication app) => _app = app;

    public Uri Adresse { get; private set; } = null!;

    /// <summary>The App Service managed-identity endpoint, as <c>IDENTITY_ENDPOINT</c> gives it.</summary>
    public string PointDIdentite => new Uri(Adresse, "msi/token").ToString();

    public string? SecretAttendu { get; set; }

    public X509Certificate2? CertificatAttendu { get; set; }

    public string? IdentiteGereeAttendue { get; set; }

    /// <summary>Every access token handed out, in order; each is a distinct value the fake channel can look for.</summary>
    public IReadOnlyCollection<string> JetonsEmis => [.. _jetonsEmis];

    /// <summary>The next token requests get this status (Entra down, say) before normal service resumes.</summary>
    public void ImposerEchec(int statut) => _echecsImposes.Enqueue(statut);

    public static async Task<FakeEntra> DemarrerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var entra = new FakeEntra(app);
        entra.Router(app);
        await app.StartAsync();
        entra.Adresse = BoundAddress.De(app);
        return entra;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Router(WebApplication app)
    {
        app.MapGet("/common/discovery/instance", (HttpRequest requete) => Results.Json(new Dictionary<string, object>
        {
            ["tenant_discovery_endpoint"] = $"https://{Hote}/{Locataire(requete.Query["authorization_endpoint"])}/v2.0/.well-known/openid-configuration",
            ["api-version"] = "1.1",
            ["metadata"] = new[] { new Dictionary<string, object> { ["preferred_network"] = Hote, ["preferred_cache"] = Hote, ["aliases"] = new[] { Hote } } },
        }));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new
        {
            token_endpoint = $"https://{Hote}/{tenant}/oauth2/v2.0/token",
            authorization_endpoint = $"https://{Hote}/{tenant}/oauth2/v2.0/authorize",
            issuer = $"https://{Hote}/{tenant}/v2.0",
            jwks_uri = $"https://{Hote}/{tenant}/discovery/v2.0/keys",
        }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", Jeton);
        app.MapGet("/msi/token", IdentiteGeree);
    }

    private async Task<IResult> Jeton(HttpContext contexte, string tenant)
    {
        if (_echecsImposes.TryDequeue(out var statut))
        {
            return Results.Json(new { error = "temporarily_unavailable", error_description = "AADSTS50196: scripted failure" }, statusCode: statut);
        }

        var formulaire = await contexte.Request.ReadFormAsync();
        if (formulaire["grant_type"] != "client_credentials" || formulaire["scope"].ToString() is not ("https://api.botframework.com/.default" or "https://graph.microsoft.com/.default"))
        {
            return Refus("invalid_request", "AADSTS900144: grant_type or scope is not what a bot asks for.");
        }

        var client = formulaire["client_id"].ToString();
        if (SecretAttendu is { } secret)
        {
            return formulaire["client_secret"] == secret ? Emettre("secret") : Refus("invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }

        if (CertificatAttendu is { } certificat)
        {
            var attendu = $"https://{Hote}/{tenant}/oauth2/v2.0/token";
            var resultat = await new JsonWebTokenHandler().ValidateTokenAsync(formulaire["client_assertion"].ToString(), new TokenValidationParameters
            {
                ValidIssuer = client,
                ValidAudience = attendu,
                IssuerSigningKey = new X509SecurityKey(certificat),
                ValidateLifetime = true,
            });
            return formulaire["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" && resultat.IsValid
                ? Emettre("certificat")
                : Refus("invalid_client", "AADSTS700027: Client assertion failed signature validation.");
        }

        return Refus("invalid_client", "AADSTS7000218: The request body must contain client_assertion or client_secret.");
    }

    private IResult IdentiteGeree(HttpContext contexte)
    {
        var requete = contexte.Request;
        if (requete.Headers["X-IDENTITY-HEADER"] != EnteteDIdentite || requete.Query["resource"] != "https://api.botframework.com"
            || (IdentiteGereeAttendue is { } id && requete.Query["client_id"] != id))
        {
            return Results.Json(new { statusCode = 400, message = "Unable to load the proper Managed Identity." }, statusCode: StatusCodes.Status400BadRequest);
        }

        var jeton = Nouveau("identite-geree");
        return Results.Json(new Dictionary<string, string>
        {
            ["access_token"] = jeton,
            ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["resource"] = "https://api.botframework.com",
            ["token_type"] = "Bearer",
        });
    }

    private IResult Emettre(string sorte) => Results.Json(new { token_type = "Bearer", expires_in = 3599, access_token = Nouveau(sorte) });

    private string Nouveau(string sorte)
    {
        var jeton = $"entra-{sorte}-{Interlocked.Increment(ref _compteur)}";
        _jetonsEmis.Enqueue(jeton);
        return jeton;
    }

    private static IResult Refus(string erreur, string description) =>
        Results.Json(new { error = erreur, error_description = description }, statusCode: StatusCodes.Status401Unauthorized);

    private static string Locataire(string? pointDAutorisation) =>
        Uri.TryCreate(pointDAutorisation, UriKind.Absolute, out var uri) ? uri.Segments.ElementAtOrDefault(1)?.Trim('/') ?? "common" : "common";
}
