using System.Text;
using System.Text.Encodings.Web;
using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Erreurs;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Api;

/// <summary>
/// The signing page of a link sent by e-mail, as HTML: what is signed and as whom, the document and its hash, then
/// — while the link opens — a button sending the one-time code, and one form to sign (with the place where the kind
/// signs electronically) or decline (with the reason). What was typed comes back after a refusal; the code never does.
/// </summary>
public static class VueDeLaPageDeSignature
{
    public const string ChampCode = "code";
    public const string ChampLieu = "lieu";
    public const string ChampMotif = "motif";
    public const string ChampAction = "action";
    public const string Signer = "signer";
    public const string Refuser = "refuser";

    /// <summary>What the page says above its forms: a message, and whether it is an error.</summary>
    public sealed record Bandeau(string Texte, bool Erreur);

    /// <param name="formulaire">False once nothing more can be done from this link (signed, declined, locked, expired, replaced).</param>
    public static string Rendre(
        Textes t, string action, LienDeSignature lien, Convention convention, Uri document, Bandeau? bandeau, bool formulaire, IReadOnlyDictionary<string, string>? tape = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(lien);
        ArgumentNullException.ThrowIfNull(convention);
        var avenant = lien.Avenant is { } version ? convention.Avenants.FirstOrDefault(a => a.Version == version) : null;
        var intitule = avenant is null ? convention.Type.Intitule : t.Format(CleTexte.AvenantTitre, avenant.Numero, convention.Type.Intitule);
        var html = Debut(t, t.Format(CleTexte.PageSignatureTitre, intitule));
        html.Append("<h1>").Append(E(intitule)).Append("</h1>");
        if (avenant is not null)
        {
            html.Append("<p>").Append(E(t.Format(CleTexte.AvenantNumero, avenant.Numero, avenant.Objet))).Append("</p>");
        }

        html.Append("<p>").Append(E(t.Format(CleTexte.ConvParties, string.Join(", ", convention.Parties.Select(p => p.Nom))))).Append("</p>");
        html.Append("<p>").Append(E(t.Format(CleTexte.PageSignaturePour, lien.Designation.Nom, lien.Designation.Partie, ConventionCard.Fonction(t, convention, lien.Designation.Fonction)))).Append("</p>");
        html.Append("<p><a href=\"").Append(E(document.AbsoluteUri)).Append("\">").Append(E(t[CleTexte.BoutonConsulterDocument])).Append("</a></p>");
        html.Append("<p class=\"discret\">").Append(E(t.Format(CleTexte.ConvEmpreinte, lien.Empreinte))).Append("</p>");
        if (bandeau is not null)
        {
            html.Append("<p role=\"").Append(bandeau.Erreur ? "alert" : "status").Append("\" class=\"").Append(bandeau.Erreur ? "erreur" : "info").Append("\">")
                .Append(E(bandeau.Texte)).Append("</p>");
        }

        if (formulaire)
        {
            html.Append("<form method=\"post\" action=\"").Append(E(action)).Append("/code\"><p>")
                .Append(E(lien.CodeValableJusqua is { } jusqua
                    ? t.Format(CleTexte.PageSignatureCodeEnvoye, Masquer(lien.Adresse.Valeur), t.Heure(jusqua))
                    : t.Format(CleTexte.PageSignatureCodeAEnvoyer, Masquer(lien.Adresse.Valeur))))
                .Append("</p><button type=\"submit\">").Append(E(t[CleTexte.PageSignatureEnvoyerCode])).Append("</button></form>");

            html.Append("<form method=\"post\" action=\"").Append(E(action)).Append("\">");
            Champ(html, ChampCode, t[CleTexte.PageSignatureCode], null, "one-time-code", "inputmode=\"numeric\" maxlength=\"7\" required");
            if (convention.Type.Parties.SelectMany(p => p.Signataires).Any(s => s.Fonction == lien.Designation.Fonction && s.Electronique))
            {
                Champ(html, ChampLieu, t[CleTexte.ConvLieu], tape?.GetValueOrDefault(ChampLieu), "address-level2", "maxlength=\"120\"");
            }

            if (lien.Avenant is null)
            {
                html.Append("<label for=\"").Append(ChampMotif).Append("\">").Append(E(t[CleTexte.ConvMotif])).Append("</label>")
                    .Append("<textarea id=\"").Append(ChampMotif).Append("\" name=\"").Append(ChampMotif).Append("\" maxlength=\"2000\" rows=\"3\">")
                    .Append(E(tape?.GetValueOrDefault(ChampMotif) ?? string.Empty)).Append("</textarea>");
            }
            html.Append("<p><button type=\"submit\" name=\"").Append(ChampAction).Append("\" value=\"").Append(Signer).Append("\" class=\"positif\">").Append(E(t[CleTexte.BoutonSigner])).Append("</button> ");
            if (lien.Avenant is null)
            {
                html.Append("<button type=\"submit\" name=\"").Append(ChampAction).Append("\" value=\"").Append(Refuser).Append("\">").Append(E(t[CleTexte.BoutonRefuser])).Append("</button>");
            }

            html.Append("</p></form>");
        }

        return Fin(html);
    }

    /// <summary>A page with one message only (a link unknown, a form that could not be read).</summary>
    public static string Message(Textes t, string texte)
    {
        ArgumentNullException.ThrowIfNull(t);
        var html = Debut(t, t[CleTexte.PageSignatureTitreSeul]);
        html.Append("<h1>").Append(E(t[CleTexte.PageSignatureTitreSeul])).Append("</h1><p role=\"alert\" class=\"erreur\">").Append(E(texte)).Append("</p>");
        return Fin(html);
    }

    /// <summary>Where the link stands when nothing more can be done from it, with the HTTP status that says so; null while it opens.</summary>
    public static (string Texte, int Statut)? Etat(Textes t, LienDeSignature lien, Convention convention, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(lien);
        ArgumentNullException.ThrowIfNull(convention);
        var d = lien.Designation;
        var avenant = lien.Avenant is { } version ? convention.Avenants.FirstOrDefault(a => a.Version == version) : null;
        if ((avenant?.Signatures ?? convention.Signatures).FirstOrDefault(s => s.Partie == d.Partie && s.Fonction == d.Fonction && s.Empreinte == lien.Empreinte) is { } signature)
        {
            return (t.Format(CleTexte.ConvSignee, signature.Le), StatusCodes.Status200OK);
        }

        if (lien.Avenant is null && convention.Refus is { } refus && refus.Partie == d.Partie && refus.Fonction == d.Fonction && refus.Empreinte == lien.Empreinte)
        {
            return (t[CleTexte.ConvRefusEnregistre], StatusCodes.Status200OK);
        }

        var remplace = lien.Avenant is null
            ? convention.EmpreinteEnVigueur != lien.Empreinte || convention.DateDeSignature is not null
            : avenant is null || avenant.EnVigueur || avenant.Empreinte != lien.Empreinte;
        if (remplace || convention.Designations.FirstOrDefault(x => x.Partie == d.Partie && x.Fonction == d.Fonction)?.Signataire != d.Signataire)
        {
            return (t[CleTexte.PageSignatureRemplace], StatusCodes.Status410Gone);
        }

        if (lien.Avenant is null && convention.Refus is not null)
        {
            return (ConventionCard.Etat(t, convention, Bruxelles.Jour(maintenant)), StatusCodes.Status409Conflict);
        }

        return lien.Verrouille ? (t.Erreur(new RegleMetierException(CodesErreur.LienVerrouille)), StatusCodes.Status423Locked)
            : maintenant > lien.Expiration ? (t.Erreur(new RegleMetierException(CodesErreur.LienExpire)), StatusCodes.Status410Gone)
            : null;
    }

    /// <summary>The HTTP status of a broken rule on this page.</summary>
    public static int Statut(RegleMetierException erreur) => erreur?.Code switch
    {
        CodesErreur.LienVerrouille => StatusCodes.Status423Locked,
        CodesErreur.LienExpire or CodesErreur.LienUtilise or CodesErreur.VersionDifferente => StatusCodes.Status410Gone,
        CodesErreur.CodeRecent => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>« m…@cpas-seraing.be »: enough for its owner to recognise it, not enough to copy from a screen.</summary>
    public static string Masquer(string adresse) =>
        adresse.IndexOf('@', StringComparison.Ordinal) is var arobase and > 0 ? $"{adresse[0]}…{adresse[arobase..]}" : adresse;

    private static void Champ(StringBuilder html, string id, string libelle, string? valeur, string autocomplete, string attributs) =>
        html.Append("<label for=\"").Append(id).Append("\">").Append(E(libelle)).Append("</label>")
            .Append("<input id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" autocomplete=\"").Append(autocomplete).Append("\" ").Append(attributs)
            .Append(" value=\"").Append(E(valeur ?? string.Empty)).Append("\">");

    private static StringBuilder Debut(Textes t, string titre) =>
        new StringBuilder("<!DOCTYPE html><html lang=\"").Append(t.Culture.Name).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\"><title>").Append(E(titre)).Append(" — TeamsConventions</title><style>")
            .Append("body{font-family:'Segoe UI',sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}")
            .Append("h1{color:#1F5F8C;font-size:1.5rem}label{display:block;margin-top:1rem;font-weight:600}")
            .Append("input,textarea{display:block;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #616161;border-radius:4px;font:inherit}")
            .Append("button{margin-top:1rem;padding:.5rem 1.25rem;border:1px solid #1F5F8C;border-radius:4px;background:#fff;color:#1F5F8C;font:inherit;cursor:pointer}")
            .Append("button.positif{background:#1F5F8C;color:#fff}:focus-visible{outline:3px solid #C4314B;outline-offset:2px}")
            .Append(".discret{color:#616161;font-size:.9rem;word-break:break-all}.erreur{border-left:4px solid #C4314B;padding:.5rem 1rem;background:#FDF3F4}")
            .Append(".info{border-left:4px solid #1F5F8C;padding:.5rem 1rem;background:#EFF6FC}form{margin-top:1.5rem}</style></head><body><main>");

    private static string Fin(StringBuilder html) => html.Append("</main></body></html>").ToString();

    private static string E(string texte) => HtmlEncoder.Default.Encode(texte);
}
