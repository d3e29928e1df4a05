using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsConventions.Testing;

/// <summary>
/// A Microsoft Graph over HTTP on loopback, checking what Graph checks for filing: the bearer token, the library's
/// drive, a PUT that must not replace (<c>conflictBehavior=fail</c> → 409 on a taken name), the columns' internal
/// names on the fields PATCH. Faults can be set: a status for every call, the PATCH locked a few times.
/// </summary>
public sealed partial class FakeGraph : IAsyncDisposable
{
    public const string Site = "contoso.sharepoint.com,1b2c3d4e-0000-4000-8000-000000000001,5f6a7b8c-0000-4000-8000-000000000002";
    public const string Drive = "b!bibliotheque";
    public const string Bibliotheque = "Conventions signées";
    public static readonly string[] Colonnes = ["ConventionId", "TypeDeConvention", "Parties", "SigneeLe", "Statut", "Decision", "Sha256"];

    private readonly WebApplication _app;
    private int _suivant;

    private FakeGraph(WebApplication app) => _app = app;

    public Uri Adresse => new(_app.Urls.First() + "/v1.0/");

    /// <summary>The real SDK's client pointed at this fake, carrying a fixed bearer token on <paramref name="http"/>.</summary>
    public Microsoft.Graph.GraphServiceClient Client(HttpClient http) =>
        new(http, new Microsoft.Kiota.Abstractions.Authentication.BaseBearerTokenAuthenticationProvider(new JetonFixe()), Adresse.ToString().TrimEnd('/'));

    private sealed class JetonFixe : Microsoft.Kiota.Abstractions.Authentication.IAccessTokenProvider
    {
        public Microsoft.Kiota.Abstractions.Authentication.AllowedHostsValidator AllowedHostsValidator { get; } = new(["127.0.0.1"]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult("jeton-du-bot");
    }

    /// <summary>The files by their decoded path from the library's root.</summary>
    public ConcurrentDictionary<string, Fichier> Fichiers { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Requetes { get; } = new();

    /// <summary>The Authorization header of each request.</summary>
    public ConcurrentQueue<string> Autorisations { get; } = new();

    /// <summary>Answered to every call while set (401, 403, 503…).</summary>
    public int? Panne { get; set; }

    /// <summary>Each range PUT to an upload session: its session, first and last byte, whether it carried an Authorization header.</summary>
    public ConcurrentQueue<(string Session, long Debut, long Fin, bool AvecAutorisation)> Tranches { get; } = new();

    /// <summary>After this many ranges received (over all sessions) every open session expires (404), once.</summary>
    public int? ExpirationApres { get; set; }

    /// <summary>False for a benchmark: a session's bytes are counted, not kept, so that the fake's memory stays flat.</summary>
    public bool GarderLesContenus { get; set; } = true;

    private readonly ConcurrentDictionary<string, (string Chemin, Stream Recu)> _sessions = new(StringComparer.Ordinal);

    private int _limitationsRestantes;

    /// <summary>How many of the next calls answer 429 with <c>Retry-After: 1</c> (a throttling storm).</summary>
    public int LimitationsRestantes { get => Math.Max(0, _limitationsRestantes); set => _limitationsRestantes = value; }

    /// <summary>When each 429 was answered.</summary>
    public ConcurrentQueue<DateTimeOffset> Limitations { get; } = new();

    /// <summary>How many fields PATCHes answer 423 (the file still open) before one succeeds.</summary>
    public int VerrousRestants { get; set; }

    public sealed record Fichier(string Id, string Chemin, byte[] Contenu, string ListItem)
    {
        public Dictionary<string, string?> Champs { get; } = new(StringComparer.Ordinal);
    }

    public static async Task<FakeGraph> DemarrerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var faux = new FakeGraph(app);
        app.Run(faux.RepondreAsync);
        await app.StartAsync();
        return faux;
    }

    private async Task RepondreAsync(HttpContext contexte)
    {
        var requete = contexte.Request;
        var chemin = Uri.UnescapeDataString(requete.Path.Value ?? string.Empty);
        Requetes.Enqueue($"{requete.Method} {chemin}{requete.QueryString}");
        if (chemin.StartsWith("/televersement/", StringComparison.Ordinal))
        {
            await TeleverserAsync(contexte, chemin["/televersement/".Length..]);
            return;
        }

        Autorisations.Enqueue(requete.Headers.Authorization.ToString());
        if (!requete.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            await ErreurAsync(contexte, 401, "InvalidAuthenticationToken", "Access token is empty.");
            return;
        }

        if (Panne is { } statut)
        {
            await ErreurAsync(contexte, statut, statut is 401 or 403 ? "accessDenied" : "serviceNotAvailable", "Injected.");
            return;
        }

        if (Interlocked.Decrement(ref _limitationsRestantes) >= 0)
        {
            // Throttled, as Graph does: 429 with the seconds to wait.
            Limitations.Enqueue(DateTimeOffset.UtcNow);
            contexte.Response.Headers.RetryAfter = "1";
            await ErreurAsync(contexte, 429, "TooManyRequests", "Too many requests.");
            return;
        }

        var racine = $"/v1.0/drives/{Drive}/items/root:/";
        if (requete.Method == "GET" && chemin == $"/v1.0/sites/{Site}/drives")
        {
            await JsonAsync(contexte, 200, new JsonObject { ["value"] = new JsonArray(new JsonObject { ["id"] = Drive, ["name"] = Bibliotheque }, new JsonObject { ["id"] = "b!autre", ["name"] = "Documents" }) });
        }
        else if (requete.Method == "GET" && chemin.StartsWith("/v1.0/sites/", StringComparison.Ordinal) && !chemin.StartsWith($"/v1.0/sites/{Site}/lists/", StringComparison.Ordinal))
        {
            await ErreurAsync(contexte, 404, "itemNotFound", "Requested site could not be found");
        }
        else if (requete.Method == "PUT" && chemin.StartsWith(racine, StringComparison.Ordinal) && chemin.EndsWith(":/content", StringComparison.Ordinal))
        {
            var cle = chemin[racine.Length..^":/content".Length];
            if (requete.Query["@microsoft.graph.conflictBehavior"] != "fail")
            {
                await ErreurAsync(contexte, 400, "invalidRequest", "The test library refuses a PUT that could replace a file.");
                return;
            }

            using var contenu = new MemoryStream();
            await requete.Body.CopyToAsync(contenu);
            var numero = Interlocked.Increment(ref _suivant);
            var fichier = new Fichier($"item-{numero}", cle, contenu.ToArray(), $"{numero}");
            if (!Fichiers.TryAdd(cle, fichier))
            {
                await ErreurAsync(contexte, 409, "nameAlreadyExists", "The specified item name already exists.");
                return;
            }

            await JsonAsync(contexte, 201, Item(fichier, avecChamps: false));
        }
        else if (requete.Method == "POST" && chemin.StartsWith(racine, StringComparison.Ordinal) && chemin.EndsWith(":/createUploadSession", StringComparison.Ordinal))
        {
            var corps = await JsonNode.ParseAsync(requete.Body);
            if (corps?["item"]?["@microsoft.graph.conflictBehavior"]?.GetValue<string>() != "fail")
            {
                await ErreurAsync(contexte, 400, "invalidRequest", "The test library refuses a session that could replace a file.");
                return;
            }

            var session = Guid.NewGuid().ToString("N");
            _sessions[session] = (chemin[racine.Length..^":/createUploadSession".Length], GarderLesContenus ? new MemoryStream() : new Compteur());
            await JsonAsync(contexte, 200, new JsonObject
            {
                ["uploadUrl"] = $"{_app.Urls.First()}/televersement/{session}",
                ["expirationDateTime"] = "2030-01-01T00:00:00Z",
                ["nextExpectedRanges"] = new JsonArray("0-"),
            });
        }
        else if (requete.Method == "GET" && chemin.StartsWith(racine, StringComparison.Ordinal) && chemin.EndsWith(':'))
        {
            if (Fichiers.TryGetValue(chemin[racine.Length..^1], out var fichier))
            {
                await JsonAsync(contexte, 200, Item(fichier, avecChamps: requete.Query["$expand"].ToString().Contains("fields", StringComparison.Ordinal)));
            }
            else
            {
                await ErreurAsync(contexte, 404, "itemNotFound", "The resource could not be found.");
            }
        }
        else if (requete.Method == "GET" && chemin.StartsWith($"/v1.0/drives/{Drive}/items/", StringComparison.Ordinal) && chemin.EndsWith("/listItem", StringComparison.Ordinal)
            && Fichiers.Values.FirstOrDefault(f => chemin == $"/v1.0/drives/{Drive}/items/{f.Id}/listItem") is { } avecListe)
        {
            await JsonAsync(contexte, 200, ListItem(avecListe, avecChamps: true));
        }
        else if (requete.Method == "PATCH" && Fichiers.Values.FirstOrDefault(f => chemin == $"/v1.0/drives/{Drive}/list/items/{f.ListItem}/fields") is { } aRenseigner)
        {
            if (VerrousRestants > 0)
            {
                VerrousRestants--;
                await ErreurAsync(contexte, 423, "resourceLocked", "The resource you are attempting to access is locked.");
                return;
            }

            var corps = await JsonNode.ParseAsync(requete.Body) as JsonObject ?? [];
            if (corps.Select(p => p.Key).FirstOrDefault(k => !ColonnesDeLaListe.ContainsKey(k)) is { } inconnu)
            {
                await ErreurAsync(contexte, 400, "invalidRequest", $"Field '{inconnu}' is not recognized");
                return;
            }

            foreach (var (nom, valeur) in corps)
            {
                aRenseigner.Champs[nom] = valeur?.GetValue<string>();
            }

            await JsonAsync(contexte, 200, Champs(aRenseigner));
        }
        else if (!await RendreEnPdfAsync(contexte, chemin) && !await RepondreAuxColonnesAsync(contexte, chemin) && !await RepondreAuxUtilisateursAsync(contexte, chemin))
        {
            await ErreurAsync(contexte, 404, "itemNotFound", $"The fake Graph does not serve {requete.Method} {chemin}.");
        }
    }

    /// <summary>A range of an upload session, checked as SharePoint does: in order, a multiple of 320 KiB but for the last.</summary>
    private async Task TeleverserAsync(HttpContext contexte, string session)
    {
        var requete = contexte.Request;
        if (!_sessions.TryGetValue(session, out var ouverte))
        {
            await ErreurAsync(contexte, 404, "itemNotFound", "The upload session was not found.");
            return;
        }

        if (requete.Method == "GET")
        {
            await JsonAsync(contexte, 200, new JsonObject { ["nextExpectedRanges"] = new JsonArray($"{ouverte.Recu.Length}-") });
            return;
        }

        var plage = System.Net.Http.Headers.ContentRangeHeaderValue.Parse(requete.Headers.ContentRange.ToString());
        var avecAutorisation = requete.Headers.ContainsKey("Authorization");
        Tranches.Enqueue((session, plage.From ?? -1, plage.To ?? -1, avecAutorisation));
        if (ExpirationApres is { } apres && Tranches.Count > apres)
        {
            ExpirationApres = null;
            _sessions.Clear();
            await ErreurAsync(contexte, 404, "itemNotFound", "The upload session has expired.");
            return;
        }

        var taille = (plage.To ?? 0) - (plage.From ?? 0) + 1;
        if (avecAutorisation)
        {
            await ErreurAsync(contexte, 401, "unauthenticated", "An upload URL must not be sent an Authorization header.");
            return;
        }

        if (plage.From != ouverte.Recu.Length)
        {
            await ErreurAsync(contexte, 416, "invalidRange", "The range is not the one expected.");
            return;
        }

        if (plage.To + 1 != plage.Length && taille % (320 * 1024) != 0)
        {
            await ErreurAsync(contexte, 400, "invalidRange", "Each range but the last must be a multiple of 320 KiB.");
            return;
        }

        await requete.Body.CopyToAsync(ouverte.Recu);
        if (ouverte.Recu.Length < plage.Length)
        {
            await JsonAsync(contexte, 202, new JsonObject { ["nextExpectedRanges"] = new JsonArray($"{ouverte.Recu.Length}-") });
            return;
        }

        _sessions.TryRemove(session, out _);
        var numero = Interlocked.Increment(ref _suivant);
        var fichier = new Fichier($"item-{numero}", ouverte.Chemin, ouverte.Recu is MemoryStream recu ? recu.ToArray() : [], $"{numero}");
        if (!Fichiers.TryAdd(ouverte.Chemin, fichier))
        {
            await ErreurAsync(contexte, 409, "nameAlreadyExists", "The specified item name already exists.");
            return;
        }

        await JsonAsync(contexte, 201, Item(fichier, avecChamps: false));
    }

    /// <summary>A stream that only counts what is written to it.</summary>
    private sealed class Compteur : Stream
    {
        private long _longueur;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _longueur;

        public override long Position { get => _longueur; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _longueur += count;
    }

    private static JsonObject Item(Fichier fichier, bool avecChamps)
    {
        var item = new JsonObject
        {
            ["id"] = fichier.Id,
            ["name"] = fichier.Chemin.Split('/')[^1],
            ["size"] = fichier.Contenu.Length,
            ["webUrl"] = $"https://contoso.sharepoint.com/sites/conventions/{Uri.EscapeDataString(Bibliotheque)}/{string.Join('/', fichier.Chemin.Split('/').Select(Uri.EscapeDataString))}",
            ["file"] = new JsonObject { ["mimeType"] = "application/octet-stream" },
        };
        if (avecChamps)
        {
            item["listItem"] = ListItem(fichier, avecChamps: true);
        }

        return item;
    }

    private static JsonObject ListItem(Fichier fichier, bool avecChamps) =>
        avecChamps ? new JsonObject { ["id"] = fichier.ListItem, ["fields"] = Champs(fichier) } : new JsonObject { ["id"] = fichier.ListItem };

    private static JsonObject Champs(Fichier fichier)
    {
        var champs = new JsonObject { ["FileLeafRef"] = fichier.Chemin.Split('/')[^1] };
        foreach (var (nom, valeur) in fichier.Champs)
        {
            champs[nom] = valeur;
        }

        return champs;
    }

    private static Task JsonAsync(HttpContext contexte, int statut, JsonNode corps)
    {
        contexte.Response.StatusCode = statut;
        contexte.Response.ContentType = "application/json";
        return contexte.Response.WriteAsync(corps.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static Task ErreurAsync(HttpContext contexte, int statut, string code, string message) =>
        JsonAsync(contexte, statut, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
