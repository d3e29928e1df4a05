using System.Globalization;
using System.Text;
using TeamsConventions.Application.Classement;

namespace TeamsConventions.Graph.Classement;

/// <summary>
/// Where a document goes: <c>&lt;kind&gt;/&lt;year&gt;/&lt;id&gt; — &lt;parties&gt;/&lt;name&gt;</c>, every segment safe for
/// SharePoint (none of <c>" * : &lt; &gt; ? / \ |</c>, no leading or trailing dot or space) and the whole path within
/// SharePoint's 400 characters, the parties shortened first.
/// </summary>
public static class CheminDeClassement
{
    /// <summary>SharePoint Online's limit on a decoded path, from the library's root.</summary>
    public const int LongueurMaximale = 400;

    private const int SegmentMaximal = 255;
    private static readonly char[] Interdits = ['"', '*', ':', '<', '>', '?', '/', '\\', '|', '#', '%'];

    public static string Dossier(MetadonneesDeClassement metadonnees, int reserve = 0)
    {
        ArgumentNullException.ThrowIfNull(metadonnees);
        var debut = $"{Segment(metadonnees.Type)}/{metadonnees.SigneeLe.Year.ToString(CultureInfo.InvariantCulture)}/";
        var id = metadonnees.Convention.ToString();
        var place = Math.Max(0, Math.Min(SegmentMaximal, LongueurMaximale - reserve - debut.Length - 1) - id.Length - 3);
        var parties = Segment(metadonnees.Parties);
        parties = parties.Length > place ? parties[..place].TrimEnd(' ', '.') : parties;
        return debut + (parties.Length == 0 ? id : $"{id} — {parties}");
    }

    /// <summary>The path of <paramref name="nom"/> in its convention's folder; <paramref name="rang"/> above 1 names the n-th file of that name (« nom (2).docx »).</summary>
    public static string Chemin(DocumentAClasser document, int rang = 1)
    {
        ArgumentNullException.ThrowIfNull(document);
        var nom = Segment(document.Nom);
        if (rang > 1)
        {
            var extension = Path.GetExtension(nom);
            nom = $"{nom[..^extension.Length]} ({rang.ToString(CultureInfo.InvariantCulture)}){extension}";
        }

        return $"{Dossier(document.Metadonnees, nom.Length + 1)}/{nom}";
    }

    /// <summary>One name SharePoint accepts: forbidden characters replaced by a hyphen, runs of spaces folded, no dot or space at either end.</summary>
    public static string Segment(string texte)
    {
        ArgumentNullException.ThrowIfNull(texte);
        var propre = new StringBuilder(texte.Length);
        foreach (var c in texte.Normalize(NormalizationForm.FormC))
        {
            propre.Append(Interdits.Contains(c) || char.IsControl(c) ? '-' : c);
        }

        var segment = string.Join(' ', propre.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.');
        return segment.Length > SegmentMaximal ? segment[..SegmentMaximal].TrimEnd(' ', '.') : segment;
    }
}
