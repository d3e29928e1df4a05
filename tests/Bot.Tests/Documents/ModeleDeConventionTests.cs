using Conventions.Accords;
using Conventions.Catalogue;
using Conventions.Membres;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Tests.Partage;

namespace TeamsConventions.Bot.Tests.Documents;

/// <summary>One Word template per kind: the project's own, or the organisation's, reworded in Word without touching code.</summary>
public sealed class ModeleDeConventionTests : IDisposable
{
    private const string Type = "partenariat-asbl";
    private const string TexteLivre = "Les parties, opérateurs de formation, s'associent";
    private static readonly CatalogueDesConventions Catalogue = CatalogueDesConventions.Charger();
    private readonly string _dossier = Directory.CreateTempSubdirectory("modeles-").FullName;

    public void Dispose() => Directory.Delete(_dossier, recursive: true);

    [Fact]
    public void Charger_ShippedTemplates_OneValidPerKindWithTheCatalogueSectionsAsParts()
    {
        var problemes = new List<string>();

        var modeles = ModelesDeConvention.Charger(Catalogue, null, problemes);

        Assert.Empty(problemes);
        Assert.Equal(Catalogue.Types.Keys.Order(), modeles.Keys.Order());
        Assert.All(Catalogue.Types.Values, type =>
        {
            var texte = TexteDe(ModelesEnTest.Livre(type.Code));
            Assert.All(type.Sections, s => Assert.Contains(MiseEnPageWord.Typographie(s.Titre), texte, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Generer_OrganisationsRewordedTemplate_ItsWordingAroundTheConventionsData()
    {
        Ecrire(Type, ModelesEnTest.Reformuler(Type, TexteLivre, "Texte officiel adopté par le conseil d'administration : les parties coopèrent."));
        var modele = Charger()[Type];

        var octets = DocumentDeLaConvention.Generer(Redigee(Type), modele, "ASBL Lire et Écrire");

        Assert.Equal(Path.Combine(_dossier, Type + ".docx"), modele.Source);
        var texte = TexteDe(octets);
        Assert.Contains("Texte officiel adopté par le conseil d'administration\u00a0: les parties coopèrent.", texte, StringComparison.Ordinal);
        Assert.DoesNotContain(TexteLivre, texte, StringComparison.Ordinal);
        Assert.Contains(Redigee(Type).EmpreinteEnVigueur, texte, StringComparison.Ordinal);
        Assert.All(Redigee(Type).Parties, p => Assert.Contains(p.Nom, texte, StringComparison.Ordinal));
    }

    [Fact]
    public void Generer_EveryControlReplaced_NoPlaceholderLeft_TheHeaderNamesTheOrganisation_PagesNumbered()
    {
        var convention = Redigee(Type);

        var octets = DocumentDeLaConvention.Generer(convention, Charger()[Type], "ASBL Lire et Écrire");

        using var word = WordprocessingDocument.Open(new MemoryStream(octets), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        Assert.Empty(word.MainDocumentPart?.Document?.Descendants<SdtElement>() ?? []);
        Assert.DoesNotContain("rempli par TeamsConventions", TexteDe(octets), StringComparison.Ordinal);
        var entete = string.Concat(word.MainDocumentPart?.HeaderParts.Select(p => p.Header?.InnerText) ?? []);
        Assert.Equal($"ASBL Lire et Écrire — {convention.Type.Intitule}", entete);
        var pied = string.Concat(word.MainDocumentPart?.FooterParts.SelectMany(p => p.Footer?.Descendants<FieldCode>() ?? []).Select(c => c.Text.Trim()) ?? []);
        Assert.Equal("PAGENUMPAGES", pied);
    }

    [Fact]
    public void Generer_AValueKeepsTheLookTheOrganisationGaveIt()
    {
        Ecrire(Type, ModelesEnTest.Modifier(ModelesEnTest.Livre(Type), document =>
        {
            var exemplaires = document.Descendants<SdtRun>().First(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val == "exemplaires");
            exemplaires.Descendants<Run>().First().PrependChild(new RunProperties(new Bold()));
        }));

        using var word = WordprocessingDocument.Open(new MemoryStream(DocumentDeLaConvention.Generer(Redigee(Type), Charger()[Type])), false);

        var run = word.MainDocumentPart?.Document?.Descendants<Run>().First(r => r.InnerText == "2");
        Assert.NotNull(run?.RunProperties?.Bold);
    }

    public static TheoryData<string, string> Defauts() => new()
    {
        { "sans-signatures", "the content control tagged «\u00a0signatures\u00a0» is missing" },
        { "etiquette-inconnue", "unknown content control tag «\u00a0montant\u00a0»" },
        { "bloc-dans-un-tableau", "make it a paragraph of its own in the body, outside any table" },
        { "empreinte-en-double", "the content control tagged «\u00a0empreinte\u00a0» appears 2 times" },
    };

    [Theory]
    [MemberData(nameof(Defauts))]
    public void Charger_AReworkedTemplateThatLostWhatAConventionShows_RefusedWithTheFileAndWhatToFix(string defaut, string attendu)
    {
        Ecrire(Type, ModelesEnTest.Modifier(ModelesEnTest.Livre(Type), document =>
        {
            var corps = document.Body ?? throw new InvalidOperationException("No body.");
            SdtElement Controle(string etiquette) => corps.Descendants<SdtElement>().First(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val == etiquette);
            switch (defaut)
            {
                case "sans-signatures":
                    Controle("signatures").Remove();
                    break;
                case "etiquette-inconnue":
                    corps.PrependChild(new Paragraph(new SdtRun(new SdtProperties(new Tag { Val = "montant" }), new SdtContentRun(new Run(new Text("1 000 €"))))));
                    break;
                case "bloc-dans-un-tableau":
                    var parties = Controle("parties");
                    parties.InsertBeforeSelf(new Table(new TableRow(new TableCell(parties.CloneNode(true), new Paragraph()))));
                    parties.Remove();
                    break;
                default:
                    corps.PrependChild(new Paragraph(Controle("empreinte").CloneNode(true)));
                    break;
            }
        }));
        var problemes = new List<string>();

        ModelesDeConvention.Charger(Catalogue, _dossier, problemes);

        var probleme = Assert.Single(problemes, p => !p.Contains("not valid for Word", StringComparison.Ordinal));
        Assert.StartsWith(Path.Combine(_dossier, Type + ".docx") + ":", probleme, StringComparison.Ordinal);
        Assert.Contains(attendu.Replace("\u00a0", " ", StringComparison.Ordinal), probleme, StringComparison.Ordinal);
    }

    [Fact]
    public void Charger_AFolderThatIsNotOne_AFileNamingNoKind_NotAWordFile_EachRefusedSayingWhatToDo()
    {
        File.WriteAllText(Path.Combine(_dossier, "partenariat.docx"), "x");
        File.WriteAllText(Path.Combine(_dossier, "cadre-regional.docx"), "pas un document Word");
        var problemes = new List<string>();

        ModelesDeConvention.Charger(Catalogue, _dossier, problemes);
        ModelesDeConvention.Charger(Catalogue, Path.Combine(_dossier, "absent"), problemes);

        Assert.Collection(
            problemes,
            p => Assert.Contains("'partenariat.docx' names no kind; name it after one of", p, StringComparison.Ordinal),
            p => Assert.Contains("cadre-regional.docx: not a Word document (.docx)", p, StringComparison.Ordinal),
            p => Assert.Contains("Dossiers:DossierDesModeles: the folder", p, StringComparison.Ordinal));
    }

    private IReadOnlyDictionary<string, ModeleDeConvention> Charger()
    {
        var problemes = new List<string>();
        var modeles = ModelesDeConvention.Charger(Catalogue, _dossier, problemes);
        Assert.Empty(problemes);
        return modeles;
    }

    private void Ecrire(string type, byte[] octets) => File.WriteAllBytes(Path.Combine(_dossier, type + ".docx"), octets);

    private static string TexteDe(byte[] octets)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(octets), false);
        return string.Join("\n", word.MainDocumentPart?.Document?.Body?.Elements<OpenXmlElement>().Select(e => e.InnerText) ?? []);
    }

    private static Convention Redigee(string type) => ProjetsComplets.Redigee(Catalogue, type);
}
