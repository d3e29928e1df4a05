using Conventions.Catalogue;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Accords;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using TeamsConventions.Tests.Partage;

namespace TeamsConventions.Bot.Tests.Documents;

/// <summary>The organisation's own templates, set by <c>Dossiers:DossierDesModeles</c>, in the bot as it runs.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class ModelesDeLOrganisationTests(AzuriteFixture azurite) : BotTestBase(azurite), IDisposable
{
    private const string Type = "partenariat-asbl";
    private const string Formulation = "Les parties, réunies au sein du réseau Lire et Écrire, coopèrent dans le respect de leurs missions.";
    private readonly string _dossier = Ecrire(Directory.CreateTempSubdirectory("modeles-").FullName, ModelesEnTest.Reformuler(Type, "Les parties, opérateurs de formation, s'associent", Formulation));

    public void Dispose() => Directory.Delete(_dossier, recursive: true);

    protected override void Configurer(Dictionary<string, string?> reglages) => reglages["Dossiers:DossierDesModeles"] = _dossier;

    [Fact]
    public async Task Document_OfAConvention_ServedInTheOrganisationsWordingWithItsData()
    {
        var convention = ProjetsComplets.Redigee(Service<CatalogueDesConventions>(), Type);
        await Service<ConventionsStockees>().EnregistrerAsync(convention, null, CancellationToken.None);
        var lien = new Uri(Service<IDocumentsDesConventions>().Adresse(convention.Id, convention.EmpreinteEnVigueur, DateTimeOffset.UtcNow.AddHours(1)));

        using var reponse = await Bot.Http.GetAsync(lien.PathAndQuery.TrimStart('/'));

        Assert.Equal(System.Net.HttpStatusCode.OK, reponse.StatusCode);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await reponse.Content.ReadAsByteArrayAsync()), false);
        var texte = word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
        Assert.Contains(Formulation, texte, StringComparison.Ordinal);
        Assert.Contains(convention.Parties[0].Nom, texte, StringComparison.Ordinal);
        Assert.Contains(convention.EmpreinteEnVigueur, texte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithATemplateThatLostItsSignatureTable_StopsNamingTheFileAndTheControl()
    {
        var casse = Ecrire(Directory.CreateTempSubdirectory("modeles-").FullName, ModelesEnTest.Modifier(ModelesEnTest.Livre(Type), document =>
            document.Descendants<DocumentFormat.OpenXml.Wordprocessing.SdtBlock>().First(s => s.SdtProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Tag>()?.Val == "signatures").Remove()));
        try
        {
            var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Dossiers:DossierDesModeles"] = casse));

            Assert.Contains(Path.Combine(casse, Type + ".docx"), erreur.Message, StringComparison.Ordinal);
            Assert.Contains("« signatures » is missing", erreur.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(casse, recursive: true);
        }
    }

    private static string Ecrire(string dossier, byte[] modele)
    {
        File.WriteAllBytes(Path.Combine(dossier, Type + ".docx"), modele);
        return dossier;
    }
}
