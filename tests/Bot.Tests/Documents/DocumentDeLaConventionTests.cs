using System.Security.Cryptography;
using Conventions.Accords;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Tests.Partage;

namespace TeamsConventions.Bot.Tests.Documents;

/// <summary>Golden checks of the documents the parties sign: valid for Word, the values present, French typography, the same data giving the same bytes.</summary>
public sealed class DocumentDeLaConventionTests
{
    private static readonly CatalogueDesConventions Catalogue = CatalogueDesConventions.Charger();

    public static TheoryData<string> Types()
    {
        var types = new TheoryData<string>();
        foreach (var (type, _) in ProjetsComplets.Types)
        {
            types.Add(type);
        }

        return types;
    }

    /// <summary>The draft of <paramref name="type"/> filled as its parties would, drawn up under a fixed id.</summary>
    private static Convention Redigee(string type) => ProjetsComplets.Redigee(Catalogue, type);

    private static readonly IReadOnlyDictionary<string, ModeleDeConvention> Modeles = ModelesDeConvention.Charger(Catalogue, null, new List<string>());

    private static byte[] Generer(Convention convention) =>
        DocumentDeLaConvention.Generer(convention, Modeles[convention.Type.Code], "Le Forem — Direction régionale de Liège", Catalogue.FormulairesDeConvention[convention.Type.Code]);

    [Theory]
    [MemberData(nameof(Types))]
    public void Generer_EveryKind_ValidValuesPresentFrenchTypography_SameDataSameBytes(string type)
    {
        var convention = Redigee(type);
        var octets = Generer(convention);

        using var word = WordprocessingDocument.Open(new MemoryStream(octets), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var texte = word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
        Assert.Contains(convention.Type.Intitule, texte, StringComparison.Ordinal);
        Assert.All(convention.Parties, p => Assert.Contains(p.Nom, texte, StringComparison.Ordinal));
        Assert.Contains($"Fait en {convention.Parties.Count} exemplaires", texte, StringComparison.Ordinal);
        Assert.Contains("Empreinte du contenu (SHA-256)\u00a0:", texte, StringComparison.Ordinal);
        Assert.Contains(convention.EmpreinteEnVigueur, texte, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\w [:;?!]", texte);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(octets)), Convert.ToHexString(SHA256.HashData(Generer(Redigee(type)))));
    }

    [Fact]
    public void Generer_ForemCpas_FichesActionsAndClausesWrittenUnderTheirSteps()
    {
        var texte = TexteDe(Generer(Redigee("cooperation-forem-cpas")));

        Assert.Contains("Accompagnement — Accompagnement renforcé vers l'emploi", texte, StringComparison.Ordinal);
        Assert.Contains("Une réunion mensuelle des conseillers", texte, StringComparison.Ordinal);
        Assert.Contains("Rue Large Voie 84, 4040 Herstal", texte, StringComparison.Ordinal);
    }

    [Fact]
    public void Generer_CadreRegional_BudgetLinesWithFrenchAmounts()
    {
        var texte = TexteDe(Generer(Redigee("cadre-regional")));

        Assert.Contains("Lignes budgétaires", texte, StringComparison.Ordinal);
        Assert.Contains("1\u202f250\u202f000,00", texte.Replace('\u00a0', '\u202f'), StringComparison.Ordinal);
    }

    private static string TexteDe(byte[] octets)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(octets), false);
        return word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
    }

    [Fact]
    public void Certificat_ValidForWord_TheHashAndDecision_FrenchTypography_SameBytes()
    {
        var convention = Redigee("partenariat-asbl");

        var octets = CertificatDeSignature.Generer(convention, "Comité de suivi de Liège, séance du 2 mars 2027", "Le Forem");

        using var word = WordprocessingDocument.Open(new MemoryStream(octets), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var texte = word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
        Assert.Contains($"Empreinte du contenu signé (SHA-256)\u00a0: {convention.EmpreinteEnVigueur}", texte, StringComparison.Ordinal);
        Assert.Contains("Comité de suivi de Liège, séance du 2 mars 2027", texte, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\w [:;?!]", texte);
        Assert.Equal(octets, CertificatDeSignature.Generer(Redigee("partenariat-asbl"), "Comité de suivi de Liège, séance du 2 mars 2027", "Le Forem"));
    }
}
