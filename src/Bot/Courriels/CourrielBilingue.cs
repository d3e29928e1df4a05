using System.Text;
using System.Text.Encodings.Web;
using TeamsConventions.Application.Microsoft365;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Courriels;

/// <summary>
/// An e-mail to someone whose language the bot cannot know: French first, then English, each part written by
/// <c>paragraphes</c> from the same resources as the cards; links as links. Text is HTML-encoded here, once.
/// </summary>
public static class CourrielBilingue
{
    /// <summary>One paragraph: its text, and optionally a link shown under it.</summary>
    public sealed record Paragraphe(string Texte, Uri? Lien = null);

    public static CourrielAEnvoyer Ecrire(string a, Func<Textes, string> objet, Func<Textes, IReadOnlyList<Paragraphe>> paragraphes)
    {
        ArgumentNullException.ThrowIfNull(objet);
        ArgumentNullException.ThrowIfNull(paragraphes);
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:'Segoe UI',sans-serif;color:#242424;line-height:1.5\">");
        var texte = new StringBuilder();
        foreach (var textes in new[] { Textes.Francais, Textes.Anglais })
        {
            html.Append("<div lang=\"").Append(textes.Culture.Name).Append("\">");
            foreach (var p in paragraphes(textes))
            {
                html.Append("<p>").Append(HtmlEncoder.Default.Encode(p.Texte));
                texte.AppendLine(p.Texte);
                if (p.Lien is { } lien)
                {
                    var adresse = HtmlEncoder.Default.Encode(lien.AbsoluteUri);
                    html.Append("<br><a href=\"").Append(adresse).Append("\">").Append(adresse).Append("</a>");
                    texte.AppendLine(lien.AbsoluteUri);
                }

                html.Append("</p>");
                texte.AppendLine();
            }

            html.Append("</div>");
            if (!textes.EstAnglais)
            {
                html.Append("<hr>");
                texte.AppendLine("—").AppendLine();
            }
        }

        return new CourrielAEnvoyer(a, $"{objet(Textes.Francais)} / {objet(Textes.Anglais)}", html.Append("</body></html>").ToString(), texte.ToString().TrimEnd());
    }
}
