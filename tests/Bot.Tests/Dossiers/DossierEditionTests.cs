using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Dossiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Dossiers;

/// <summary>Co-editors at the same moment, bad input of every kind, the call's deadline and its reminders.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class DossierEditionTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private readonly FakeTimeProvider _horloge = new(DateTimeOffset.UtcNow);
    private DossierParChat _chat = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _chat = new DossierParChat(Bot, Canal, Jeton);
    }

    /// <summary>Valid for the bot's clock, which a test may move days ahead.</summary>
    private string Jeton() => TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, Canal.ServiceUrl, _horloge.GetUtcNow().UtcDateTime.AddMinutes(30));

    protected override void Configurer(Dictionary<string, string?> reglages) => ConfigurerLAppel(reglages, _horloge.GetUtcNow(), joursAvantCloture: 5);

    protected override void ConfigurerServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_horloge);

    private static string Texte(JsonElement carte) => CarteJson.Texte(carte);

    private static string Message(JsonElement reponse) => reponse.GetProperty("value").GetProperty("message").GetString()!;

    /// <summary>Sophie starts a dossier; returns its first step card and its id.</summary>
    private async Task<(JsonElement Etape, string Id)> CommencerAsync()
    {
        var etape = Carte(await _chat.AppuyerAsync(Verbes.CreerDossier, new JsonObject { ["_appel"] = AppelId }));
        return (etape, Action(etape, d => d["_dossier"] is not null).Donnees["_dossier"]!.GetValue<string>());
    }

    /// <summary>Sophie makes an invitation code and Marc types "rejoindre CODE" in his chat.</summary>
    private async Task InviterMarcAsync(string id)
    {
        var code = Carte(await _chat.AppuyerAsync(Verbes.InviterDossier, new JsonObject { ["_dossier"] = id }));
        var texte = Texte(code);
        var debut = texte.IndexOf("Code d'invitation\u00a0: ", StringComparison.Ordinal) + "Code d'invitation\u00a0: ".Length;
        var invitation = Activities.Message(Canal.ServiceUrl, $"rejoindre {texte.Substring(debut, 9).ToLowerInvariant()}", userId: "29:conseiller-sro-forem", objectId: MarcObjectId);
        invitation["conversation"]!["id"] = "a:conversation-marc";
        Canal.Oublier();
        await Bot.EnvoyerAsync(invitation, JetonValide());
        var accueil = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("conversation-marc", StringComparison.Ordinal));
        Assert.Contains("Vous êtes maintenant co-éditeur·rice de ce dossier", accueil.TexteDeLaCarte, StringComparison.Ordinal);
    }

    /// <summary>Every field of the dossier filled as a careful agent would, straight into storage; returns its call.</summary>
    private async Task<Conventions.Dossiers.AppelAProjets> RemplirAsync(string id)
    {
        var formulaire = Bot.Services.GetRequiredService<Conventions.Catalogue.CatalogueDesConventions>().Formulaires["initiative-locale"];
        var appel = Bot.Services.GetRequiredService<Hosting.AppelsAProjets>().Trouver(AppelId)!;
        await Bot.Services.GetRequiredService<DossiersStockes>().ModifierAsync(Conventions.Dossiers.DossierId.Lire(id)!.Value, d =>
            d.Saisir([.. ValeursDeDossier.Toutes(formulaire, appel).Select(v => new Saisie(v.Key, v.Value, null))], formulaire, appel, d.Auteur), CancellationToken.None);
        return appel;
    }

    private async Task<DossierDeProposition> StockeAsync(string id) =>
        (await Bot.Services.GetRequiredService<DossiersStockes>().ChargerAsync(Conventions.Dossiers.DossierId.Lire(id)!.Value, CancellationToken.None))!.Dossier;

    private Task<JsonElement> EnregistrerAsync(JsonElement carte, string qui, Dictionary<string, string> saisies)
    {
        var (verbe, donnees) = Action(carte, d => d["_aller"]?.GetValue<string>() == Deplacements.Enregistrer);
        foreach (var (cle, valeur) in saisies)
        {
            donnees[cle] = valeur;
        }

        return _chat.AppuyerAsync(verbe, donnees, qui);
    }

    [Fact]
    public async Task TwoEditors_SavingDifferentFieldsAtOnce_BothEditsAreKept()
    {
        var (etape, id) = await CommencerAsync();
        await InviterMarcAsync(id);

        for (var tour = 0; tour < 5; tour++)
        {
            await Task.WhenAll(
                EnregistrerAsync(etape, "sophie", new() { ["identification.cpas.nom"] = $"CPAS de Seraing {Romain(tour)}" }),
                EnregistrerAsync(etape, "marc", new() { ["identification.cpas.adresse"] = $"Rue Haute {tour + 1}, 4100 Seraing" }));
            etape = Carte(await _chat.AppuyerAsync(Verbes.Dossier, new JsonObject { ["_dossier"] = id, ["_aller"] = "etape", ["_vers"] = "cpas" }));
        }

        var stocke = await StockeAsync(id);
        Assert.Equal("CPAS de Seraing V", stocke.Champs["identification.cpas.nom"]);
        Assert.Equal("Rue Haute 5, 4100 Seraing", stocke.Champs["identification.cpas.adresse"]);
    }

    private static string Romain(int n) => new[] { "I", "II", "III", "IV", "V" }[n];

    [Fact]
    public async Task TwoEditors_SavingTheSameFieldAtOnce_TheSecondSeesTheCurrentValueAndOverwritesOnlyKnowingly()
    {
        var (etape, id) = await CommencerAsync();
        await InviterMarcAsync(id);

        var reponses = await Task.WhenAll(
            EnregistrerAsync(etape, "sophie", new() { ["identification.cpas.adresse"] = "Rue Haute 1, 4100 Seraing" }),
            EnregistrerAsync(etape, "marc", new() { ["identification.cpas.adresse"] = "Place Communale 8, 4100 Seraing" }));

        var cartes = reponses.Select(Carte).ToList();
        var conflits = cartes.Where(c => Texte(c).Contains("Quelqu'un a modifié ce champ", StringComparison.Ordinal)).ToList();
        var conflit = Assert.Single(conflits);
        var gagnant = cartes.Single(c => c.GetRawText() != conflit.GetRawText());
        var valeurGagnante = Saisie(gagnant, "identification.cpas.adresse")!;
        var valeurPerdante = Saisie(conflit, "identification.cpas.adresse")!;
        Assert.NotEqual(valeurGagnante, valeurPerdante);
        Assert.Contains($"valeur enregistrée\u00a0: «\u00a0{valeurGagnante}\u00a0»", Texte(conflit), StringComparison.Ordinal);
        Assert.Equal(valeurGagnante, (await StockeAsync(id)).Champs["identification.cpas.adresse"]);

        var perdant = Texte(cartes[0]).Contains("Quelqu'un a modifié ce champ", StringComparison.Ordinal) ? "sophie" : "marc";
        await EnregistrerAsync(conflit, perdant, new() { ["identification.cpas.adresse"] = valeurPerdante });
        Assert.Equal(valeurPerdante, (await StockeAsync(id)).Champs["identification.cpas.adresse"]);
    }

    [Fact]
    public async Task BadEntries_EachGetsItsReasonUnderItsField_ValidOnesAreSavedAndNothingTypedIsLost()
    {
        var (etape, id) = await CommencerAsync();

        var refus = Carte(await EnregistrerAsync(etape, "sophie", new()
        {
            ["identification.cpas.nom"] = "CPAS de Seraing",
            ["identification.cpas.president"] = "Marie 2000",
            ["identification.cpas.adresse"] = new string('a', 201),
            ["identification.cpas.contact.mail"] = "sophie.lambert@",
            ["identification.cpas.contact.telephone"] = "04 12",
            ["identification.cpas.dpo.nom"] = "Anne\u0007 Collard",
        }));

        var texte = Texte(refus);
        Assert.Contains("4 champs à revoir", texte, StringComparison.Ordinal);
        Assert.Contains("«\u00a0Marie 2000\u00a0» n'est pas un nom valide", texte, StringComparison.Ordinal);
        Assert.Contains("est trop long\u00a0: 201 caractères pour 200 au maximum", texte, StringComparison.Ordinal);
        Assert.Contains("n'est pas une adresse e-mail valide", texte, StringComparison.Ordinal);
        Assert.Contains("04 12", texte, StringComparison.Ordinal);
        Assert.Equal("sophie.lambert@", Saisie(refus, "identification.cpas.contact.mail"));
        var dernier = refus.GetProperty("body").EnumerateArray().Last();
        Assert.StartsWith("À corriger avant de continuer", dernier.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Adresse", dernier.GetProperty("text").GetString(), StringComparison.Ordinal);
        var stocke = await StockeAsync(id);
        Assert.Equal("CPAS de Seraing", stocke.Champs["identification.cpas.nom"]);
        Assert.Equal("Anne Collard", stocke.Champs["identification.cpas.dpo.nom"]);
        Assert.False(stocke.Champs.ContainsKey("identification.cpas.president"));
    }

    [Fact]
    public async Task ForgedOrStrangers_Presses_AreRefusedAndNothingIsStored()
    {
        var (etape, id) = await CommencerAsync();
        var (verbe, donnees) = Action(etape, d => d["_aller"]?.GetValue<string>() == Deplacements.Enregistrer);

        var etranger = await _chat.AppuyerAsync(verbe, (JsonObject)donnees.DeepClone(), "marc");
        Assert.Contains("Vous n'êtes pas éditeur de ce dossier", Message(etranger), StringComparison.Ordinal);

        var autreEtape = (JsonObject)donnees.DeepClone();
        autreEtape["cooperationProposee.indicateurs"] = "glissé dans la carte de l'étape 1";
        autreEtape["identification.cpas.nom"] = "CPAS de Seraing";
        await _chat.AppuyerAsync(verbe, autreEtape);
        var ligneForgee = (JsonObject)donnees.DeepClone();
        ligneForgee["_tableau"] = "identification.communes";
        ligneForgee["_ligne"] = "../racine";
        Assert.Equal(400, (await _chat.AppuyerAsync(verbe, ligneForgee)).GetProperty("statusCode").GetInt32());
        foreach (var aller in new[] { "ajouterLigne", "modifierLigne", "supprimerLigne", "enregistrerLigne" })
        {
            var sansTableau = new JsonObject { ["_dossier"] = id, ["_etape"] = "communes", ["_aller"] = aller };
            Assert.Equal(400, (await _chat.AppuyerAsync(verbe, sansTableau)).GetProperty("statusCode").GetInt32());
            var sansLigne = new JsonObject { ["_dossier"] = id, ["_etape"] = "communes", ["_tableau"] = "identification.communes", ["_aller"] = aller };
            Assert.Equal(aller == "ajouterLigne" ? 200 : 400, (await _chat.AppuyerAsync(verbe, sansLigne)).GetProperty("statusCode").GetInt32());
        }

        Assert.Contains("n'existe pas ou plus", Message(await _chat.AppuyerAsync(Verbes.CreerDossier, new JsonObject { ["_appel"] = "appel-invente" })), StringComparison.Ordinal);

        var stocke = await StockeAsync(id);
        Assert.Equal(["identification.cpas.nom"], stocke.Champs.Keys);
    }

    [Fact]
    public async Task Submission_IncompleteThenAfterTheClose_IsRefusedWithWhatToDoAndTheExactClosingTime()
    {
        var (_, id) = await CommencerAsync();

        var incomplet = Carte(await _chat.AppuyerAsync(Verbes.DeposerDossier, new JsonObject { ["_dossier"] = id }));
        Assert.Contains("ne peut pas encore être déposé", Texte(incomplet), StringComparison.Ordinal);
        Assert.Contains("Compléter", Texte(incomplet), StringComparison.Ordinal);

        var appel = await RemplirAsync(id);
        _horloge.SetUtcNow(appel.Cloture.AddMinutes(1));

        var tard = Carte(await _chat.AppuyerAsync(Verbes.DeposerDossier, new JsonObject { ["_dossier"] = id }));
        var cloture = TimeZoneInfo.ConvertTime(appel.Cloture, Conventions.Calendrier.Bruxelles.Fuseau).ToString("dddd d MMMM yyyy 'à' H'\u00A0h\u00A0'mm", System.Globalization.CultureInfo.GetCultureInfo("fr-BE"));
        Assert.Contains($"est clos depuis le {cloture}", Texte(tard), StringComparison.Ordinal);
        Assert.Equal(EtatDuDossier.Brouillon, (await StockeAsync(id)).Etat);
    }

    [Fact]
    public async Task Submission_WhenTeamsRefusesTheAnalystsCardForGood_StandsAndTheSubmitterIsToldWhy()
    {
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), Jeton());
        var (_, id) = await CommencerAsync();
        await RemplirAsync(id);
        Canal.RefuserPour(
            chemin => chemin.Contains(Uri.EscapeDataString(Activities.EquipeId), StringComparison.Ordinal),
            403,
            """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");

        var depose = Carte(await _chat.AppuyerAsync(Verbes.DeposerDossier, new JsonObject { ["_dossier"] = id }));

        Assert.Contains("Dossier déposé le", Texte(depose), StringComparison.Ordinal);
        Assert.Contains("Les analystes le recevront dans leur canal", Texte(depose), StringComparison.Ordinal);
        Assert.Equal(EtatDuDossier.Soumis, (await StockeAsync(id)).Etat);
        var avertissement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Body.Contains("pas pu être remis", StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString(Activities.ConversationPersonnelle), avertissement.Path, StringComparison.Ordinal);
        Assert.Contains("Teams refuse cette conversation", avertissement.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submission_BeforeTheBotKnowsTheAnalystsChannel_IsDeliveredThereOnceItDoes()
    {
        var (_, id) = await CommencerAsync();
        await RemplirAsync(id);

        var depose = Carte(await _chat.AppuyerAsync(Verbes.DeposerDossier, new JsonObject { ["_dossier"] = id }));
        await Task.Delay(500);

        Assert.Contains("Les analystes le recevront dans leur canal", Texte(depose), StringComparison.Ordinal);
        Assert.DoesNotContain(Canal.Requetes, r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(Activities.EquipeId), StringComparison.Ordinal));

        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), Jeton());

        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(Activities.EquipeId), StringComparison.Ordinal) && r.Body.Contains(id, StringComparison.Ordinal));
        await Task.Delay(500);
        Assert.Single(Canal.Requetes, r => r.Method == "POST" && r.Body.Contains(id, StringComparison.Ordinal) && r.Path.Contains(Uri.EscapeDataString(Activities.EquipeId), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubmittedDossier_EditedAgainFromAnOldCard_IsRefusedAndUnchanged()
    {
        var (etape, id) = await CommencerAsync();
        await RemplirAsync(id);
        Assert.Contains("Dossier déposé le", Texte(Carte(await _chat.AppuyerAsync(Verbes.DeposerDossier, new JsonObject { ["_dossier"] = id }))), StringComparison.Ordinal);
        var avant = (await StockeAsync(id)).EmpreinteDuContenu();

        var refus = Carte(await EnregistrerAsync(etape, "sophie", new() { ["identification.cpas.nom"] = "CPAS de Liège" }));

        Assert.Contains("ne peut plus être modifié", Texte(refus), StringComparison.Ordinal);
        Assert.Equal(avant, (await StockeAsync(id)).EmpreinteDuContenu());
        Assert.Contains("Dossier déposé", Texte(Carte(await _chat.AppuyerAsync(Verbes.DeposerDossier, new JsonObject { ["_dossier"] = id }))), StringComparison.Ordinal);
        Assert.Equal(1, (await StockeAsync(id)).Version);
    }

    [Fact]
    public async Task MesDossiers_ListsTheDraftWithItsCompletion_ForTheInvitedCoEditorToo()
    {
        var (etape, id) = await CommencerAsync();
        await EnregistrerAsync(etape, "sophie", new() { ["identification.cpas.nom"] = "CPAS de Seraing", ["identification.cpas.adresse"] = "Rue Haute 1, 4100 Seraing" });
        await InviterMarcAsync(id);

        var marc = Activities.Message(Canal.ServiceUrl, "mes dossiers", userId: "29:conseiller-sro-forem", objectId: MarcObjectId);
        marc["conversation"]!["id"] = "a:conversation-marc";
        Canal.Oublier();
        await Bot.EnvoyerAsync(marc, JetonValide());

        var liste = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("conversation-marc", StringComparison.Ordinal));
        Assert.Contains("CPAS de Seraing — Initiatives locales de coopération 2027", liste.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Contains("8 % des champs obligatoires du dossier remplis", liste.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Contains("Ouvrir le dossier", liste.TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rejoindre", "Indiquez le code reçu")]
    [InlineData("rejoindre ZZZZ-ZZZZ", "n'existe pas ou a expiré")]
    [InlineData("join abcd efgh", "does not exist or has expired")]
    public async Task Rejoindre_WithoutOrWithAWrongCode_SaysWhatToDo(string message, string attendu)
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, message, locale: message.StartsWith("join", StringComparison.Ordinal) ? "en-US" : "fr-BE"), JetonValide());

        var reponse = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Contains(attendu, reponse.TexteDeLaCarte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheCallCloses_EditorsOfUnsubmittedDraftsAreRemindedOnce()
    {
        await CommencerAsync();
        Canal.Oublier();

        await Travaux.UnTourAsync(_horloge, Travaux.RappelsDesAppels, TimeSpan.FromSeconds(30), Bot);
        var rappel = await Canal.AttendreAsync(r => r.Method == "POST" && r.Body.Contains("Rappel\\u00A0: l'appel", StringComparison.Ordinal));

        // The next round finds this delay's reminder given: no second one.
        await Travaux.UnTourAsync(_horloge, Travaux.RappelsDesAppels, TimeSpan.FromSeconds(30), Bot);
        Assert.Contains("conversation-sophie", rappel.Path, StringComparison.Ordinal);
        Assert.Contains("0 % des champs obligatoires du dossier remplis", rappel.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Single(Canal.Requetes, r => r.Method == "POST" && r.Body.Contains("Rappel\\u00A0: l'appel", StringComparison.Ordinal));
    }
}
