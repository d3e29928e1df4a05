using System.Text;
using System.Text.Encodings.Web;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Hosting;

/// <summary>
/// The privacy statement and terms of use the Teams manifest links to (<c>/confidentialite</c>, <c>/conditions</c>),
/// French first then English, from the same resources as the cards.
/// </summary>
public static class InformationPages
{
    public static IEndpointRouteBuilder MapInformationPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/confidentialite", () => Page(CleTexte.ConfidentialiteTitre, CleTexte.ConfidentialiteCorps));
        routes.MapGet("/conditions", () => Page(CleTexte.ConditionsTitre, CleTexte.ConditionsCorps));
        return routes;
    }

    private static IResult Page(string cleTitre, string cleCorps)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"fr-BE\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
        html.Append("<title>TeamsConventions — ").Append(HtmlEncoder.Default.Encode(Textes.Francais[cleTitre])).Append("</title>");
        html.Append("<style>body{font-family:'Segoe UI',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}h1{color:#1F5F8C}</style></head><body>");
        foreach (var textes in new[] { Textes.Francais, Textes.Anglais })
        {
            html.Append("<section lang=\"").Append(textes.Culture.Name).Append("\"><h1>").Append(HtmlEncoder.Default.Encode(textes[cleTitre])).Append("</h1>");
            foreach (var paragraphe in textes[cleCorps].Split('|'))
            {
                html.Append("<p>").Append(HtmlEncoder.Default.Encode(paragraphe)).Append("</p>");
            }

            html.Append("</section>");
        }

        return Results.Content(html.Append("</body></html>").ToString(), "text/html; charset=utf-8");
    }
}
