using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace TeamsConventions.Testing;

/// <summary>
/// Plays the Teams side over real HTTP on loopback: the Bot Connector (records every call, answers like Teams,
/// or with scripted failures), and the Bot Framework / Entra OpenID metadata with their signing keys.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requetes = new();
    private readonly ConcurrentQueue<(int Statut, TimeSpan? RetryAfter, string? Corps)> _reponsesImposees = new();
    private readonly ConcurrentBag<(Func<string, bool> Chemin, int Statut, string Corps)> _refus = [];
    private int _compteur;

    private FakeChannel(WebApplication app, TokenFactory jetons)
    {
        _app = app;
        Jetons = jetons;
    }

    public TokenFactory Jetons { get; }

    public Uri Adresse { get; private set; } = null!;

    /// <summary>The serviceUrl activities carry: where the bot sends its replies.</summary>
    public string ServiceUrl => new Uri(Adresse, "connector/").ToString();

    public string BotFrameworkMetadataUrl => new Uri(Adresse, "botframework/openidconfiguration").ToString();

    public string EntraMetadataUrlTemplate => Adresse + "entra/{tenantId}/v2.0/.well-known/openid-configuration";

    public IReadOnlyCollection<RecordedRequest> Requetes => [.. _requetes];

    /// <summary>The team's name <c>GET /v3/teams/{id}</c> answers.</summary>
    public string NomDeLEquipe { get; set; } = "Comité de suivi — Liège";

    /// <summary>Members returned by <c>pagedmembers</c>, page after page.</summary>
    public IList<object> Membres { get; } = new List<object>();

    public static async Task<FakeChannel> DemarrerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var canal = new FakeChannel(app, new TokenFactory());
        canal.Router(app);
        await app.StartAsync();
        canal.Adresse = BoundAddress.De(app);
        return canal;
    }

    /// <summary>The next connector calls get these answers, in order, before normal service resumes.</summary>
    public void ImposerReponse(int statut, TimeSpan? retryAfter = null, string? corps = null) =>
        _reponsesImposees.Enqueue((statut, retryAfter, corps));

    /// <summary>How long each connector call takes to answer (Teams takes about a tenth of a second).</summary>
    public TimeSpan Latence { get; set; }

    /// <summary>Every connector call whose path (as sent, escaped) matches is refused with this answer, for good.</summary>
    public void RefuserPour(Func<string, bool> chemin, int statut, string corps) => _refus.Add((chemin, statut, corps));

    public void Oublier() => _requetes.Clear();

    public async Task<RecordedRequest> AttendreAsync(Func<RecordedRequest, bool> condition, TimeSpan? delai = null)
    {
        var fin = DateTime.UtcNow + (delai ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < fin)
        {
            var trouvee = _requetes.FirstOrDefault(condition);
            if (trouvee is not null)
            {
                return trouvee;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The fake channel received no such request. Received:\n"
            + string.Join("\n", _requetes.Select(r => $"{r.Method} {r.Path}")));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Jetons.Dispose();
    }

    private void Router(WebApplication app)
    {
        app.MapGet("/botframework/openidconfiguration", () => Results.Json(new
        {
            issuer = TokenFactory.BotFrameworkIssuer,
            jwks_uri = new Uri(Adresse, "botframework/keys").ToString(),
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/botframework/keys", () => Results.Json(new
        {
            keys = new[] { Jwk(Jetons.Teams, ["msteams"]), Jwk(Jetons.Webchat, ["webchat"]) },
        }));
        app.MapGet("/entra/{tenantId}/v2.0/.well-known/openid-configuration", (string tenantId) => Results.Json(new
        {
            issuer = TokenFactory.EntraIssuer(tenantId),
            jwks_uri = new Uri(Adresse, "entra/keys").ToString(),
        }));
        app.MapGet("/entra/keys", () => Results.Json(new { keys = new[] { Jwk(Jetons.Teams, null) } }));
        app.Map("/connector/{**chemin}", Connecteur);
    }

    private async Task<IResult> Connecteur(HttpContext contexte, string chemin)
    {
        using var lecteur = new StreamReader(contexte.Request.Body);
        var corps = await lecteur.ReadToEndAsync();
        var brut = contexte.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget.Split('?')[0];
        _requetes.Enqueue(new RecordedRequest(
            contexte.Request.Method,
            brut["/connector".Length..],
            contexte.Request.QueryString.Value ?? string.Empty,
            contexte.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            corps,
            DateTimeOffset.UtcNow));

        if (Latence > TimeSpan.Zero)
        {
            await Task.Delay(Latence);
        }

        if (_refus.FirstOrDefault(r => r.Chemin(brut)) is { Corps: not null } refus)
        {
            return Results.Text(refus.Corps, "application/json", statusCode: refus.Statut);
        }

        if (_reponsesImposees.TryDequeue(out var imposee))
        {
            if (imposee.RetryAfter is { } attente)
            {
                contexte.Response.Headers.RetryAfter = ((int)attente.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            return Results.Text(imposee.Corps ?? """{"error":{"code":"Imposed","message":"scripted failure"}}""", "application/json", statusCode: imposee.Statut);
        }

        var numero = Interlocked.Increment(ref _compteur);
        var methode = contexte.Request.Method;
        if (chemin.EndsWith("/pagedmembers", StringComparison.Ordinal))
        {
            return PageDeMembres(contexte.Request.Query);
        }

        if (methode == HttpMethods.Get && chemin.StartsWith("v3/teams/", StringComparison.Ordinal))
        {
            return Results.Json(new { id = chemin["v3/teams/".Length..], name = NomDeLEquipe, aadGroupId = "6c2a8d3e-7d0b-4c7e-8a9f-b1f3de8c0a77" });
        }

        if (methode == HttpMethods.Post && chemin == "v3/conversations")
        {
            return Results.Json(new { id = $"a:conversation-{numero}" }, statusCode: StatusCodes.Status201Created);
        }

        if (methode == HttpMethods.Put)
        {
            return Results.Json(new { id = chemin.Split('/')[^1] });
        }

        if (methode == HttpMethods.Delete)
        {
            return Results.Ok();
        }

        return Results.Json(new { id = $"message-{numero}" }, statusCode: StatusCodes.Status201Created);
    }

    private IResult PageDeMembres(IQueryCollection requete)
    {
        var taille = int.Parse(requete["pageSize"].FirstOrDefault() ?? "50", CultureInfo.InvariantCulture);
        var debut = int.Parse(requete["continuationToken"].FirstOrDefault() ?? "0", CultureInfo.InvariantCulture);
        var page = Membres.Skip(debut).Take(taille).ToList();
        var suite = debut + page.Count < Membres.Count ? (debut + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Json(new { members = page, continuationToken = suite });
    }

    private static Dictionary<string, object> Jwk(RsaSecurityKey cle, string[]? endorsements)
    {
        var parametres = cle.Rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = cle.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parametres.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parametres.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}
