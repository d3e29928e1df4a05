using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamsConventions.Bot.Documents;

/// <summary>The layout every generated Word document shares: A4 with 2 cm margins, headings, bordered tables, typed line breaks kept.</summary>
internal static class MiseEnPageWord
{
    /// <summary>A4 (11,906 twips wide) less two margins of 2 cm (1,134 twips).</summary>
    private const int LargeurUtile = 11906 - (2 * 1134);

    /// <summary>A French Word document titled <paramref name="titre"/>, of <paramref name="contenu"/> on A4 pages.</summary>
    public static byte[] Creer(string titre, IEnumerable<OpenXmlElement> contenu)
    {
        using var flux = new MemoryStream();
        using (var document = WordprocessingDocument.Create(flux, WordprocessingDocumentType.Document))
        {
            var principal = document.AddMainDocumentPart();
            principal.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var corps = new Body();
            corps.Append(contenu);
            corps.Append(PageA4());
            principal.Document = new Document(corps);
            document.PackageProperties.Title = titre;
            document.PackageProperties.Language = "fr-BE";
        }

        return flux.ToArray();
    }

    public static SectionProperties PageA4() =>
        new(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U });

    public static Paragraph Paragraphe(string texte, string? style = null)
    {
        var paragraphe = new Paragraph();
        if (style is not null)
        {
            paragraphe.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraphe.Append(Texte(texte, gras: false));
        return paragraphe;
    }

    /// <summary>Line breaks typed in a field stay line breaks in Word.</summary>
    public static Run Texte(string texte, bool gras)
    {
        var run = new Run();
        if (gras)
        {
            run.Append(new RunProperties(new Bold()));
        }

        var lignes = texte.Split('\n');
        for (var i = 0; i < lignes.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lignes[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    public static Table Tableau(string[]? entetes, IReadOnlyList<(string Texte, bool Gras)[]> lignes)
    {
        var bordure = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U });
        var colonnes = entetes?.Length ?? lignes[0].Length;
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, bordure),
            new TableGrid(Enumerable.Range(0, colonnes).Select(_ => new GridColumn { Width = (LargeurUtile / colonnes).ToString(CultureInfo.InvariantCulture) })));
        if (entetes is not null)
        {
            table.Append(Ligne(entetes.Select(e => (e, true))));
        }

        foreach (var ligne in lignes)
        {
            table.Append(Ligne(ligne));
        }

        return table;
    }

    public static TableRow Ligne(IEnumerable<(string Texte, bool Gras)> cellules) =>
        new(cellules.Select(c => new TableCell(new Paragraph(Texte(c.Texte, c.Gras)))));

    public static Styles Styles()
    {
        static Style Titre(string id, string nom, int demiPoints) => new(
            new StyleName { Val = nom },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = demiPoints.ToString(CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };

        return new Styles(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(), new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "21" }))
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            },
            Titre("Title", "Title", 32),
            Titre("Heading1", "heading 1", 26),
            Titre("Heading2", "heading 2", 22));
    }
}
