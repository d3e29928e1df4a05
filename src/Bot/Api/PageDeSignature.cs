using Conventions.Erreurs;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Api;

/// <summary>
/// The signing page of a link sent by e-mail (R23 outside Teams): <c>GET /signer/{secret}</c> shows what is signed;
/// <c>POST …/code</c> sends a one-time code to the link's address; <c>POST /signer/{secret}</c> signs or declines
/// with it. French or English as the browser asks (<c>?langue=</c> to switch). Never framed, never cached, never a
/// referrer: the address is the link's secret.
/// </summary>
public sealed class PageDeSignature(IOptions<DossiersOptions> options)
{
    public const string Chemin = "/signer/{secret}";

    public Uri Adresse(string secret) =>
        new(options.Value.AdressePublique ?? throw new InvalidOperationException("Dossiers:AdressePublique is checked at start-up."), "signer/" + Uri.EscapeDataString(secret));
}

public static partial class PageDeSignatureEndpoints
{
    public static IEndpointRouteBuilder MapPageDeSignature(this IEndpointRouteBuilder app)
    {
        app.MapGet(PageDeSignature.Chemin, (string secret, HttpContext contexte, SignatureParCourriel usage, IDocumentsDesConventions documents, TimeProvider horloge, CancellationToken annulation) =>
            RepondreAsync(contexte, async t =>
            {
                if (await usage.OuvrirAsync(secret, annulation) is not { } ouvert)
                {
                    return Inconnu(t);
                }

                var envoye = contexte.Request.Query.ContainsKey("envoye") ? new VueDeLaPageDeSignature.Bandeau(t[CleTexte.PageSignatureCodeEnvoyeBandeau], false) : null;
                return Page(t, contexte, ouvert, documents, horloge, envoye, StatusCodes.Status200OK);
            }));

        app.MapPost(PageDeSignature.Chemin + "/code", (string secret, HttpContext contexte, SignatureParCourriel usage, IDocumentsDesConventions documents, TimeProvider horloge, CancellationToken annulation) =>
            RepondreAsync(contexte, async t =>
            {
                // No code for a link that can sign nothing any more (signed, replaced, locked…): its page says why.
                if (await usage.OuvrirAsync(secret, annulation) is not { } ouvert)
                {
                    return Inconnu(t);
                }

                if (VueDeLaPageDeSignature.Etat(t, ouvert.Lien, ouvert.Convention, horloge.GetUtcNow()) is not null)
                {
                    return Page(t, contexte, ouvert, documents, horloge, null, StatusCodes.Status200OK);
                }

                try
                {
                    return await usage.DemanderUnCodeAsync(secret, annulation) is null
                        ? Inconnu(t)
                        : Results.Redirect($"{Action(contexte)}?envoye=1{(t.EstAnglais ? "&langue=en" : string.Empty)}", permanent: false, preserveMethod: false);
                }
                catch (RegleMetierException erreur)
                {
                    return await usage.OuvrirAsync(secret, annulation) is { } relu
                        ? Page(t, contexte, relu, documents, horloge, new(t.Erreur(erreur), true), VueDeLaPageDeSignature.Statut(erreur))
                        : Inconnu(t);
                }
            }));

        app.MapPost(PageDeSignature.Chemin, (string secret, HttpContext contexte, SignatureParCourriel usage, IDocumentsDesConventions documents, TimeProvider horloge, CancellationToken annulation) =>
            RepondreAsync(contexte, async t =>
            {
                if (!contexte.Request.HasFormContentType)
                {
                    return Html(StatusCodes.Status400BadRequest, VueDeLaPageDeSignature.Message(t, t[CleTexte.PageSignatureFormulaireIllisible]));
                }

                var formulaire = await contexte.Request.ReadFormAsync(annulation);
                var tape = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [VueDeLaPageDeSignature.ChampLieu] = formulaire[VueDeLaPageDeSignature.ChampLieu].ToString(),
                    [VueDeLaPageDeSignature.ChampMotif] = formulaire[VueDeLaPageDeSignature.ChampMotif].ToString(),
                };
                var code = formulaire[VueDeLaPageDeSignature.ChampCode].ToString();
                try
                {
                    var fait = formulaire[VueDeLaPageDeSignature.ChampAction] == VueDeLaPageDeSignature.Refuser
                        ? await usage.RefuserAsync(secret, code, tape[VueDeLaPageDeSignature.ChampMotif], annulation)
                        : await usage.SignerAsync(secret, code, tape[VueDeLaPageDeSignature.ChampLieu] is { Length: > 0 } lieu ? lieu : null, annulation);
                    return fait is null ? Inconnu(t) : Page(t, contexte, fait, documents, horloge, null, StatusCodes.Status200OK);
                }
                catch (RegleMetierException erreur)
                {
                    return await usage.OuvrirAsync(secret, annulation) is { } ouvert
                        ? Page(t, contexte, ouvert, documents, horloge, new(t.Erreur(erreur), true), VueDeLaPageDeSignature.Statut(erreur), tape)
                        : Inconnu(t);
                }
            }));
        return app;
    }

    /// <summary>The page as the link stands: its forms while it opens, else where it stands (with that state's status).</summary>
    private static IResult Page(
        Textes t, HttpContext contexte, SignatureParCourriel.LienOuvert ouvert, IDocumentsDesConventions documents, TimeProvider horloge,
        VueDeLaPageDeSignature.Bandeau? bandeau, int statut, IReadOnlyDictionary<string, string>? tape = null)
    {
        var maintenant = horloge.GetUtcNow();
        var (lien, convention) = (ouvert.Lien, ouvert.Convention);
        var etat = VueDeLaPageDeSignature.Etat(t, lien, convention, maintenant);
        var document = new Uri(lien.Avenant is { } version
            ? documents.AdresseDeLAvenant(convention.Id, version, lien.Empreinte, maintenant.AddDays(1))
            : documents.Adresse(convention.Id, lien.Empreinte, maintenant.AddDays(1)));
        var langue = t.EstAnglais ? "?langue=en" : string.Empty;
        var html = VueDeLaPageDeSignature.Rendre(
            t, Action(contexte) + langue, lien, convention, document, bandeau ?? (etat is { } e ? new(e.Texte, e.Statut >= 400) : null), etat is null, tape);
        return Html(bandeau is null && etat is { } final ? final.Statut : statut, html);
    }

    /// <summary>The page's own address, without its query: where its forms post.</summary>
    private static string Action(HttpContext contexte) => contexte.Request.PathBase + contexte.Request.Path.Value?.Replace("/code", string.Empty, StringComparison.Ordinal);

    private static IResult Inconnu(Textes t) => Html(StatusCodes.Status404NotFound, VueDeLaPageDeSignature.Message(t, t[CleTexte.PageSignatureInconnu]));

    /// <summary>French unless <c>?langue=en</c> or a browser asking for English first.</summary>
    private static Textes Langue(HttpContext contexte) =>
        contexte.Request.Query["langue"].ToString() is { Length: > 0 } demandee
            ? Textes.Choisir("auto", demandee)
            : Textes.Choisir("auto", contexte.Request.Headers.AcceptLanguage.ToString().Split(',')[0].Trim());

    /// <summary>A dependency down is a page saying to try again (503), nothing lost; anything else stays a bug.</summary>
    private static async Task<IResult> RepondreAsync(HttpContext contexte, Func<Textes, Task<IResult>> reponse)
    {
        var t = Langue(contexte);
        contexte.Response.Headers.CacheControl = "no-store";
        contexte.Response.Headers["X-Frame-Options"] = "DENY";
        contexte.Response.Headers["Referrer-Policy"] = "no-referrer";
        contexte.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        try
        {
            return await reponse(t);
        }
        catch (Exception e) when (IssuesDesDependances.Classer(e, contexte.RequestAborted) == IssueDUneDependance.Transitoire)
        {
            LogIndisponible(contexte.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PageDeSignatureEndpoints)), e.GetType().Name, e.Message);
            return Html(StatusCodes.Status503ServiceUnavailable, VueDeLaPageDeSignature.Message(t, t[CleTexte.ErreurIndisponible]));
        }
    }

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Signing page answered 503: a dependency is unavailable ({Erreur}: {Message})")]
    private static partial void LogIndisponible(ILogger logger, string erreur, string message);

    private static IResult Html(int statut, string html) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, statut);
}
