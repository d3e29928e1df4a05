using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamsConventions.Bot.Documents;

/// <summary>The layout every generated Word document shares: A4 with 2 cm margins, headings, bordered tables, typed line breaks kept.</summary>
internal static class MiseEnPageWord
{
    /// <summary>The documents' language: dates and numbers the French way.</summary>
    public static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-BE");

    /// <summary>A4 (11,906 twips wide) less two margins of 2 cm (1,134 twips).</summary>
    private const int LargeurUtile = 11906 - (2 * 1134);

    /// <summary>
    /// A French Word document titled <paramref name="titre"/>, of <paramref name="contenu"/> on A4 pages: the
    /// organisation's name and the title in each page's header, « page 2 sur 7 » in its footer.
    /// </summary>
    public static byte[] Creer(string titre, IEnumerable<OpenXmlElement> contenu, string? organisation = null)
    {
        using var flux = new MemoryStream();
        using (var document = WordprocessingDocument.Create(flux, WordprocessingDocumentType.Document))
        {
            // Parts named and related by fixed ids, so that the same content is the same package.
            var principal = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            principal.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Styles();
            var entete = principal.AddNewPart<HeaderPart>("rIdEntete");
            entete.Header = new Header(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Entete" }),
                Texte(string.IsNullOrWhiteSpace(organisation) ? titre : $"{organisation} — {titre}", gras: false)));
            var pied = principal.AddNewPart<FooterPart>("rIdPied");
            pied.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Entete" }, new Justification { Val = JustificationValues.Center }),
                Texte("page ", gras: false), Champ("PAGE"), Texte(" sur ", gras: false), Champ("NUMPAGES")));
            var corps = new Body();
            corps.Append(contenu);
            var section = PageA4();
            section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdPied" });
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdEntete" });
            corps.Append(section);
            principal.Document = new Document(corps);
            var proprietes = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdProprietes");
            using var ecriture = new StreamWriter(proprietes.GetStream(FileMode.Create), new System.Text.UTF8Encoding(false));
            ecriture.Write(new System.Xml.Linq.XDocument(new System.Xml.Linq.XElement(
                System.Xml.Linq.XNamespace.Get("http://schemas.openxmlformats.org/package/2006/metadata/core-properties") + "coreProperties",
                new System.Xml.Linq.XAttribute(System.Xml.Linq.XNamespace.Xmlns + "dc", "http://purl.org/dc/elements/1.1/"),
                new System.Xml.Linq.XElement(System.Xml.Linq.XNamespace.Get("http://purl.org/dc/elements/1.1/") + "title", titre),
                new System.Xml.Linq.XElement(System.Xml.Linq.XNamespace.Get("http://purl.org/dc/elements/1.1/") + "language", "fr-BE"))).ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
        }

        return Figer(flux.ToArray());
    }

    /// <summary>
    /// The same document always gives the same bytes (the same SHA-256): the package's entries rewritten in name
    /// order with one fixed date, since a zip otherwise stamps each entry with the time it was written.
    /// </summary>
    public static byte[] Figer(byte[] paquet)
    {
        var date = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var lu = new System.IO.Compression.ZipArchive(new MemoryStream(paquet), System.IO.Compression.ZipArchiveMode.Read);
        using var fige = new MemoryStream();
        using (var ecrit = new System.IO.Compression.ZipArchive(fige, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entree in lu.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copie = ecrit.CreateEntry(entree.FullName, System.IO.Compression.CompressionLevel.Optimal);
                copie.LastWriteTime = date;
                using var source = entree.Open();
                using var cible = copie.Open();
                source.CopyTo(cible);
            }
        }

        return fige.ToArray();
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

    /// <summary>Line breaks typed in a field stay line breaks in Word; French typography throughout (<see cref="Typographie"/>).</summary>
    public static Run Texte(string texte, bool gras)
    {
        texte = Typographie(texte);
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

    /// <summary>
    /// French typography, as the documents are in French: a non-breaking space before « : ; ? ! » and inside the
    /// guillemets, where a space was typed (a time « 10:00 » or an address stays as it is).
    /// </summary>
    public static string Typographie(string texte) =>
        (texte ?? string.Empty).Replace(" :", "\u00a0:", StringComparison.Ordinal).Replace(" ;", "\u00a0;", StringComparison.Ordinal)
            .Replace(" ?", "\u00a0?", StringComparison.Ordinal).Replace(" !", "\u00a0!", StringComparison.Ordinal)
            .Replace("« ", "«\u00a0", StringComparison.Ordinal).Replace(" »", "\u00a0»", StringComparison.Ordinal);

    /// <summary>
    /// A bordered table: its header row repeated on every page, no row split across two pages, each column as wide as
    /// its longest word at least (an e-mail address or a phone number is never broken) and the rest shared out as
    /// the columns' contents ask.
    /// </summary>
    public static Table Tableau(string[]? entetes, IReadOnlyList<(string Texte, bool Gras)[]> lignes)
    {
        ArgumentNullException.ThrowIfNull(lignes);
        var bordure = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U });
        var toutes = (entetes is null ? lignes : lignes.Prepend([.. entetes.Select(e => (e, true))])).ToList();
        var largeurs = Largeurs(toutes);
        var table = new Table(
            new TableProperties(new TableWidth { Width = LargeurUtile.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, bordure, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(largeurs.Select(l => new GridColumn { Width = l.ToString(CultureInfo.InvariantCulture) })));
        foreach (var (ligne, rang) in toutes.Select((l, i) => (l, i)))
        {
            table.Append(Ligne(ligne, largeurs, enTete: entetes is not null && rang == 0));
        }

        return table;
    }

    private static TableRow Ligne(IReadOnlyList<(string Texte, bool Gras)> cellules, int[] largeurs, bool enTete)
    {
        var proprietes = new TableRowProperties(new CantSplit());
        if (enTete)
        {
            proprietes.Append(new TableHeader());
        }

        var ligne = new TableRow(proprietes);
        foreach (var (cellule, colonne) in cellules.Select((c, i) => (c, i)))
        {
            ligne.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = largeurs[Math.Min(colonne, largeurs.Length - 1)].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(Texte(cellule.Texte, cellule.Gras))));
        }

        return ligne;
    }

    /// <summary>Twips per character of the body's text: Calibri 10.5 pt's widest common letters, so that a word sized by it fits.</summary>
    private const int TwipsParCaractere = 125;

    /// <summary>The cell padding Word and LibreOffice add on both sides.</summary>
    private const int MargeDeCellule = 230;

    private static int[] Largeurs(IReadOnlyList<(string Texte, bool Gras)[]> lignes)
    {
        var colonnes = lignes.Max(l => l.Length);
        static IEnumerable<string> Mots(string texte) => texte.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var minimum = new int[colonnes];
        var souhaitee = new int[colonnes];
        foreach (var ligne in lignes)
        {
            for (var c = 0; c < ligne.Length; c++)
            {
                var facteur = ligne[c].Gras ? 1.15 : 1.0;
                minimum[c] = Math.Max(minimum[c], (int)((Mots(ligne[c].Texte).Select(m => m.Length).DefaultIfEmpty(0).Max() * TwipsParCaractere * facteur) + MargeDeCellule));
                souhaitee[c] = Math.Max(souhaitee[c], (int)((ligne[c].Texte.Split('\n').Max(l => l.Length) * TwipsParCaractere * facteur) + MargeDeCellule));
            }
        }

        var total = minimum.Sum();
        if (total >= LargeurUtile)
        {
            return [.. minimum.Select(m => m * LargeurUtile / total)];
        }

        var reste = LargeurUtile - total;
        var envies = souhaitee.Select((s, c) => Math.Max(0, s - minimum[c])).ToArray();
        var sommeDesEnvies = envies.Sum();
        var largeurs = minimum.Select((m, c) => m + (sommeDesEnvies == 0 ? reste / colonnes : (int)((long)reste * envies[c] / sommeDesEnvies))).ToArray();
        largeurs[^1] += LargeurUtile - largeurs.Sum();
        return largeurs;
    }

    /// <summary>A field Word computes as it lays the pages out (PAGE, NUMPAGES).</summary>
    private static Run Champ(string code) => new(new FieldChar { FieldCharType = FieldCharValues.Begin }, new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve },
        new FieldChar { FieldCharType = FieldCharValues.Separate }, new Text("1"), new FieldChar { FieldCharType = FieldCharValues.End });

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
            Titre("Heading2", "heading 2", 22),
            new Style(new StyleName { Val = "Entete" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "16" }))
            {
                Type = StyleValues.Paragraph,
                StyleId = "Entete",
            });
    }
}
