using Microsoft.Extensions.Options;
using TeamsConventions.Application.Classement;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Graph.Classement;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Classement;

/// <summary>Where signed documents go is always said: the folder stand-in never in Production, SharePoint with what it needs.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class ClassementAuDemarrageTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    [Fact]
    public void Start_WithTheFolderLibraryOutsideProduction_FilesThere()
    {
        var bibliotheque = Assert.IsType<BibliothequeLocale>(Service<IBibliothequeDeClassement>());

        Assert.Contains("teamsconventions-bibliotheque", bibliotheque.Racine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithTheFolderLibrary_RefusedNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Classement:Bibliotheque"] = "DossierLocal", environnement: "Production"));

        Assert.Contains("Classement:Bibliotheque is DossierLocal, a local stand-in refused in Production", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutSayingWhereToFile_RefusedNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Classement:Bibliotheque"] = null));

        Assert.Contains("Classement:Bibliotheque must be SharePoint or DossierLocal", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithSharePointButNoSite_RefusedNamingTheSiteAndTheLibrarySettings()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(
            c =>
            {
                c["Classement:SharePoint:SiteId"] = null;
                c["Classement:SharePoint:Bibliotheque"] = null;
            },
            environnement: "Production"));

        Assert.Contains("Classement:SharePoint:SiteId is required", erreur.Message, StringComparison.Ordinal);
        Assert.Contains("Classement:SharePoint:Bibliotheque is required", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithSharePointButNoSeal_RefusedNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Classement:Sceau:Certificat"] = null, environnement: "Production"));

        Assert.Contains("Classement:Sceau:Certificat is required with SharePoint", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithASealThatIsNotAPfx_RefusedNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Classement:Sceau:Certificat"] = "bm90IGEgcGZ4", environnement: "Production"));

        Assert.Contains("Classement:Sceau:Certificat is not a PFX in base64", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithSharePoint_FilesThroughGraph()
    {
        await using var bot = await DemarrerBotAsync(environnement: "Production");

        Assert.IsType<BibliothequeSharePoint>(bot.Services.GetService(typeof(IBibliothequeDeClassement)));
    }
}
