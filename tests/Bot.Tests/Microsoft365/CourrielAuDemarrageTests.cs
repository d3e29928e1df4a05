using Microsoft.Extensions.Options;
using TeamsConventions.Application.Microsoft365;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Graph.Courriel;
using TeamsConventions.Graph.Installation;

namespace TeamsConventions.Bot.Tests.Microsoft365;

/// <summary>How e-mails leave is always said: the folder stand-in never in Production, Graph with the mailbox it sends from.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class CourrielAuDemarrageTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    [Fact]
    public void Start_WithTheFolderOutsideProduction_WritesEmlFiles_AndInstallsTheAppForNobody()
    {
        Assert.IsType<MessagerieLocale>(Service<IMessagerie>());
        Assert.IsType<TeamsConventions.Graph.Calendrier.CalendrierIcs>(Service<TeamsConventions.Application.Evaluations.ICalendrierDesEvaluations>());
        Assert.False(Service<IInstallationsDeLApplication>().Possible);
    }

    [Fact]
    public async Task Start_InProductionWithTheFolder_RefusedNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Courriel:Envoi"] = "DossierLocal", environnement: "Production"));

        Assert.Contains("Courriel:Envoi is DossierLocal, a local stand-in refused in Production", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithTheIcsFolder_RefusedNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Evaluations:Calendrier"] = "DossierLocal", environnement: "Production"));

        Assert.Contains("Evaluations:Calendrier is DossierLocal, a local stand-in refused in Production", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutSayingHowEmailsLeave_RefusedNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Courriel:Envoi"] = null));

        Assert.Contains("Courriel:Envoi must be Graph or DossierLocal", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithGraphButNoMailbox_RefusedNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Courriel:Expediteur"] = null, environnement: "Production"));

        Assert.Contains("Courriel:Expediteur is required", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithACatalogueIdThatIsNotOne_RefusedNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<OptionsValidationException>(() => DemarrerBotAsync(c => c["Installation:IdDansLeCatalogue"] = "TeamsConventions"));

        Assert.Contains("Installation:IdDansLeCatalogue must be the app's id", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProduction_SendsThroughGraph_AndInstallsTheAppWhereItsCatalogueIdIsSet()
    {
        await using var bot = await DemarrerBotAsync(c => c["Installation:IdDansLeCatalogue"] = "3b4c5d6e-0000-4000-8000-00000000a550", environnement: "Production");

        Assert.IsType<MessagerieGraph>(bot.Services.GetService(typeof(IMessagerie)));
        Assert.IsType<TeamsConventions.Graph.Calendrier.CalendrierOutlook>(bot.Services.GetService(typeof(TeamsConventions.Application.Evaluations.ICalendrierDesEvaluations)));
        Assert.IsType<InstallationsGraph>(bot.Services.GetService(typeof(IInstallationsDeLApplication)));
    }
}
