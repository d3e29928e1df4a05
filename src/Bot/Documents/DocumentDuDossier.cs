using System.Globalization;
using Conventions.Catalogue;
using Conventions.Dossiers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// The dossier as a Word document laid out like the seed form: a heading per part, a two-column table of labels and
/// values (mandatory labels in bold, as "les champs en gras"), the tables with their rows, and the content's hash.
/// Always in French, the language of the form the analysts and the committee work from.
/// </summary>
public static class DocumentDuDossier
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-BE");

    /// <summary>A4 (11,906 twips wide) less two margins of 2 cm (1,134 twips).</summary>
    private const int LargeurUtile = 11906 - (2 * 1134);

    public static byte[] Generer(DossierDeProposition dossier, FormulaireDeDossier formulaire, TypeDeConvention type, AppelAProjets appel)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(appel);
        using var flux = new MemoryStream();
        using (var document = WordprocessingDocument.Create(flux, WordprocessingDocumentType.Document))
        {
            var principal = document.AddMainDocumentPart();
            principal.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var corps = new Body();
            corps.Append(Paragraphe(type.Intitule, "Title"));
            corps.Append(Paragraphe($"Appel à projets : {appel.Titre} — clôture le {Formats.Instant(appel.Cloture, Francais)}"));
            corps.Append(Paragraphe(dossier.Version > 0 ? $"Version déposée n° {dossier.Version}" : "Brouillon (non déposé)"));
            var obligatoires = (type.ChampsObligatoiresDuDossier ?? []).ToHashSet(StringComparer.Ordinal);
            foreach (var etape in formulaire.Etapes)
            {
                corps.Append(Paragraphe(etape.Titre, "Heading1"));
                var simples = etape.Champs.Where(c => c.Nature != NatureDeChamp.Tableau).ToList();
                if (simples.Count > 0)
                {
                    corps.Append(Tableau(null, [.. simples.Select(c => new[]
                    {
                        (c.Libelle, EstObligatoire(c.Id, obligatoires)),
                        (ValeurAffichee.De(c, dossier.Champs.GetValueOrDefault(c.Id), formulaire, Francais), false),
                    })]));
                }

                foreach (var tableau in etape.Champs.Where(c => c.Nature == NatureDeChamp.Tableau))
                {
                    corps.Append(Paragraphe(tableau.Libelle + (EstObligatoire(tableau.Id, obligatoires) ? " *" : string.Empty), "Heading2"));
                    var colonnes = tableau.Colonnes ?? [];
                    var lignes = LignesDuTableau.De(dossier, tableau.Id);
                    corps.Append(lignes.Count == 0
                        ? Paragraphe("(aucune ligne)")
                        : Tableau(
                            [.. colonnes.Select(c => c.Libelle)],
                            [.. lignes.Select(l => colonnes.Select(c => (ValeurAffichee.De(c, dossier.Champs.GetValueOrDefault(CelluleDeTableau.PrefixeDeLigne(tableau.Id, l) + c.Id), formulaire, Francais), false)).ToArray())]));
                }
            }

            corps.Append(Paragraphe($"Empreinte du contenu (SHA-256) : {dossier.EmpreinteDuContenu()}"));
            corps.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U }));
            principal.Document = new Document(corps);
            document.PackageProperties.Title = type.Intitule;
            document.PackageProperties.Language = "fr-BE";
        }

        return flux.ToArray();
    }

    private static bool EstObligatoire(string id, HashSet<string> obligatoires) =>
        obligatoires.Contains(id) || obligatoires.Any(o => id.StartsWith(o + ".", StringComparison.Ordinal));

    private static Paragraph Paragraphe(string texte, string? style = null)
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
    private static Run Texte(string texte, bool gras)
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

    private static Table Tableau(string[]? entetes, IReadOnlyList<(string Texte, bool Gras)[]> lignes)
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

    private static TableRow Ligne(IEnumerable<(string Texte, bool Gras)> cellules) =>
        new(cellules.Select(c => new TableCell(new Paragraph(Texte(c.Texte, c.Gras)))));

    private static Styles Styles()
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
