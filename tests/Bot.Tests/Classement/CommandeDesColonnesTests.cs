using TeamsConventions.Bot.Classement;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Classement;

/// <summary>The administrator's <c>--creer-les-colonnes</c> with the bot's Production settings and identity, against the fake Graph.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class CommandeDesColonnesTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    [Fact]
    public async Task CreerLesColonnes_InProduction_CreatesWhatIsMissing_AndSaysSo()
    {
        await using var graph = await FakeGraph.DemarrerAsync();
        graph.ColonnesDeLaListe.TryRemove("Decision", out _);
        await using var bot = await DemarrerBotAsync(c => c["Graph:Adresse"] = graph.Adresse.ToString(), environnement: "Production");
        using var sortie = new StringWriter();

        Assert.Equal(0, await CommandeDesColonnes.ExecuterAsync(bot.Services, sortie, CancellationToken.None));
        Assert.Equal("Created: Decision.", sortie.ToString().Trim());
        Assert.Contains("Decision", graph.ColonnesDeLaListe.Keys);
        Assert.Contains($"POST /v1.0/sites/{FakeGraph.Site}/lists/{FakeGraph.Liste}/columns", graph.Requetes);
    }

    [Fact]
    public async Task CreerLesColonnes_WithTheFolderLibrary_SaysThereIsNothingToCreate()
    {
        using var sortie = new StringWriter();

        Assert.Equal(1, await CommandeDesColonnes.ExecuterAsync(Bot.Services, sortie, CancellationToken.None));
        Assert.Contains("not SharePoint", sortie.ToString(), StringComparison.Ordinal);
    }
}
