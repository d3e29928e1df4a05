using System.Text.Json;
using Conventions.Catalogue;
using Conventions.Dossiers;
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

    /// <summary>Issue 4's promise: a newcomer fills and submits a complete dossier, and the analysts' card appears in the team.</summary>
    [Fact]
    public async Task Dossier_FilledAndSubmittedInThePlayground_ReachesTheAnalystsInTheTeamAndItsDocumentDownloads()
    {
        await _playground.MentionnerLeBotAsync(Activities.EquipeId, Sophie, "aide");
        await _playground.AttendreMessageAsync(EstUneCarte, Delai);
        await _playground.EcrireAsync(ChatPersonnel, Sophie, "nouveau dossier");
        var appels = await _playground.AttendreMessageAsync(EstUneCarte, Delai);
        var carteId = appels.GetProperty("messageId").GetString()!;
        Task<JsonElement> Appuyer(string verbe, Dictionary<string, string> donnees) => _playground.AppuyerAsync(ChatPersonnel, Sophie, carteId, verbe, donnees);

        var etape = await Appuyer("creerDossier", new() { ["_appel"] = AppelDeTest.Id });
        var dossier = Donnees(etape.GetProperty("value"), "enregistrer")["_dossier"];
        var catalogue = CatalogueDesConventions.Charger();
        var formulaire = catalogue.Formulaires["initiative-locale"];
        var debut = DateTimeOffset.UtcNow;
        var appel = new AppelAProjets(AppelDeTest.Id, AppelDeTest.Titre, "initiative-locale", debut.AddDays(-10), debut.AddDays(20));
        foreach (var e in formulaire.Etapes)
        {
            foreach (var tableau in e.Champs.Where(c => c.Nature == NatureDeChamp.Tableau))
            {
                var editeur = await Appuyer("dossier", new() { ["_dossier"] = dossier, ["_etape"] = e.Id, ["_tableau"] = tableau.Id, ["_aller"] = "ajouterLigne" });
                var ligne = Donnees(editeur.GetProperty("value"), "enregistrerLigne");
                foreach (var colonne in tableau.Colonnes!)
                {
                    ligne[new CelluleDeTableau(tableau.Id, ligne["_ligne"], colonne.Id).Cle] = ValeursDeDossier.Valeur(colonne, appel);
                }

                ligne.Remove("_vues");
                await Appuyer("dossier", ligne);
            }

            var saisie = new Dictionary<string, string> { ["_dossier"] = dossier, ["_etape"] = e.Id, ["_aller"] = "enregistrer" };
            foreach (var champ in e.Champs.Where(c => c.Nature != NatureDeChamp.Tableau))
            {
                saisie[champ.Id] = ValeursDeDossier.Valeur(champ, appel);
            }

            Assert.Contains("Enregistré à", (await Appuyer("dossier", saisie)).GetRawText(), StringComparison.Ordinal);
        }

        var recapitulatif = await Appuyer("dossier", new() { ["_dossier"] = dossier, ["_aller"] = "recapitulatif" });
        Assert.Contains("Tous les champs obligatoires sont remplis", recapitulatif.GetRawText(), StringComparison.Ordinal);
        var lien = new Uri(recapitulatif.GetProperty("value").GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() == "Action.OpenUrl").GetProperty("url").GetString()!);
        using (var document = await _bot.Http.GetAsync(lien.PathAndQuery.TrimStart('/')))
        {
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.Content.Headers.ContentType?.MediaType);
        }

        var depose = await Appuyer("deposerDossier", new() { ["_dossier"] = dossier });
        Assert.Contains("Dossier déposé le", depose.GetRawText(), StringComparison.Ordinal);
        var analyse = await _playground.AttendreMessageAsync(m => m.GetRawText().Contains("Dossier à analyser", StringComparison.Ordinal), Delai);
        Assert.Contains(ValeursDeDossier.NomDuCpas, analyse.GetRawText(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Donnees(JsonElement carte, string aller)
    {
        foreach (var action in Actions(carte))
        {
            var donnees = action.GetProperty("data");
            if (donnees.TryGetProperty("_aller", out var a) && a.GetString() == aller)
            {
                return donnees.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!);
            }
        }

        throw new InvalidOperationException($"No '{aller}' button on the card.");
    }

    private static IEnumerable<JsonElement> Actions(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" ? [element] : Enumerable.Empty<JsonElement>())
            .Concat(element.EnumerateObject().SelectMany(p => Actions(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Actions),
        _ => [],
    };

    private static bool EstUneCarte(JsonElement message) =>
        message.TryGetProperty("attachments", out var pieces) && pieces.GetArrayLength() > 0;

    private static JsonElement Carte(JsonElement message) => message.GetProperty("attachments")[0].GetProperty("content");
}
