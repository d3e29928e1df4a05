using System.Text.Json;
using TeamsConventions.Testing;

namespace TeamsConventions.EndToEnd;

/// <summary>The bot as a person meets it locally: through the Agents Playground, with Azurite behind it.</summary>
public sealed class PlaygroundTests : IAsyncLifetime
{
    private const string Sophie = "29:agent-cpas-seraing";
    private const string ChatPersonnel = "conversation-personnelle-sophie";
    private static readonly TimeSpan Delai = TimeSpan.FromSeconds(20);

    private Azurite _azurite = null!;
    private BotHost _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.DemarrerAsync();
        _bot = await BotHost.DemarrerAsync(_azurite, canal: null, c =>
        {
            c["Bot:Langue"] = "fr-BE";
            AppelDeTest.Configurer(c, DateTimeOffset.UtcNow);
        }, environnement: "Development");
        _playground = await AgentsPlayground.DemarrerAsync(_bot.Adresse);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Aide_TypedInThePersonalChat_ShowsTheHelpCardInFrench()
    {
        await _playground.EcrireAsync(ChatPersonnel, Sophie, "aide");

        var message = await _playground.AttendreMessageAsync(EstUneCarte, Delai);

        var carte = Carte(message);
        Assert.Equal("Ce que je sais faire", carte.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("mes dossiers", carte.GetProperty("body")[2].GetProperty("facts")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task MesDossiersButton_OnTheHelpCard_AnswersSophiesEmptyListInPlace()
    {
        await _playground.EcrireAsync(ChatPersonnel, Sophie, "aide");
        var aide = await _playground.AttendreMessageAsync(EstUneCarte, Delai);

        var reponse = await _playground.AppuyerAsync(ChatPersonnel, Sophie, aide.GetProperty("messageId").GetString()!, "mesElements");

        var texte = reponse.GetRawText();
        Assert.Contains("Mes dossiers et conventions", texte, StringComparison.Ordinal);
        Assert.Contains("Vous n'avez encore aucun dossier", texte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NouveauDossier_InThePersonalChat_StartsADossierAndSavesItsFirstStep()
    {
        await _playground.EcrireAsync(ChatPersonnel, Sophie, "nouveau dossier");
        var appels = await _playground.AttendreMessageAsync(EstUneCarte, Delai);
        Assert.Contains(AppelDeTest.Titre, appels.GetRawText(), StringComparison.Ordinal);

        var etape = await _playground.AppuyerAsync(ChatPersonnel, Sophie, appels.GetProperty("messageId").GetString()!, "creerDossier", new Dictionary<string, string> { ["_appel"] = AppelDeTest.Id });
        var texte = etape.GetRawText();
        Assert.Contains("Étape 1 sur 10", texte, StringComparison.Ordinal);
        var dossier = etape.GetProperty("value").GetProperty("actions")[0].GetProperty("data").GetProperty("_dossier").GetString()!;

        var enregistre = await _playground.AppuyerAsync(ChatPersonnel, Sophie, appels.GetProperty("messageId").GetString()!, "dossier", new Dictionary<string, object>
        {
            ["_dossier"] = dossier,
            ["_etape"] = "cpas",
            ["_aller"] = "enregistrer",
            ["identification.cpas.nom"] = "CPAS de Seraing",
            ["identification.cpas.bce"] = "0455.266.925",
        });
        Assert.Contains("la clé de contrôle ne correspond pas", enregistre.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("CPAS de Seraing", enregistre.GetRawText(), StringComparison.Ordinal);
    }

    private static bool EstUneCarte(JsonElement message) =>
        message.TryGetProperty("attachments", out var pieces) && pieces.GetArrayLength() > 0;

    private static JsonElement Carte(JsonElement message) => message.GetProperty("attachments")[0].GetProperty("content");
}
