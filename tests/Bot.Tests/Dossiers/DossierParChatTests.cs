using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Audit;
using Conventions.Catalogue;
using Conventions.Dossiers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Api;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Dossiers;

/// <summary>A CPAS agent fills, fixes and submits a dossier by chatting; the analysts send it back, then put it to the committee.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class DossierParChatTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private DossierParChat _chat = null!;

    private FormulaireDeDossier Formulaire => Bot.Services.GetRequiredService<CatalogueDesConventions>().Formulaires["initiative-locale"];

    private AppelAProjets Appel => Bot.Services.GetRequiredService<AppelsAProjets>().Trouver(AppelId)!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _chat = new DossierParChat(Bot, Canal, JetonValide);
    }

    protected override void Configurer(Dictionary<string, string?> reglages) => ConfigurerLAppel(reglages, DateTimeOffset.UtcNow);

    private static string Texte(JsonElement carte) => CarteJson.Texte(carte);

    private Dictionary<string, string> ValeursDeLEtape(string etape, Func<string, string?>? autre = null) =>
        Formulaire.Etape(etape)!.Champs.Where(c => c.Nature != NatureDeChamp.Tableau)
            .ToDictionary(c => c.Id, c => autre?.Invoke(c.Id) ?? ValeursDeDossier.Valeur(c, Appel));

    /// <summary>Opens the row editor from <paramref name="etape"/>, fills the row and saves it; returns the step card.</summary>
    private async Task<JsonElement> AjouterLigneAsync(JsonElement etape, string tableau, Dictionary<string, string>? autres = null)
    {
        var editeur = await _chat.BoutonAsync(etape, Deplacements.AjouterLigne, ValeursDeLEtape(Action(etape, d => true).Donnees["_etape"]!.GetValue<string>()));
        var ligne = Action(editeur, d => d["_aller"]?.GetValue<string>() == Deplacements.EnregistrerLigne).Donnees["_ligne"]!.GetValue<string>();
        var colonnes = Formulaire.Champs.First(c => c.Id == tableau).Colonnes!;
        var cellules = colonnes.ToDictionary(c => new CelluleDeTableau(tableau, ligne, c.Id).Cle, c => autres?.GetValueOrDefault(c.Id) ?? ValeursDeDossier.Valeur(c, Appel));
        return await _chat.BoutonAsync(editeur, Deplacements.EnregistrerLigne, cellules);
    }

    private async Task<DossierDeProposition> StockeAsync(string id) =>
        (await Bot.Services.GetRequiredService<DossiersStockes>().ChargerAsync(DossiersEnCours(id), CancellationToken.None))!.Dossier;

    private static DossierId DossiersEnCours(string id) => Conventions.Dossiers.DossierId.Lire(id)!.Value;

    [Fact]
    public async Task Dossier_FilledFixedSubmittedSentBackResubmittedAndTransmitted_EveryStepStoredAndEveryCardValid()
    {
        // The analysts' channel (the team's General channel) and the committee's channel know the bot; the committee sits in the latter.
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());
        await Bot.EnvoyerAsync(Activities.MessageDansLeCanal(Canal.ServiceUrl, "aide"), JetonValide());
        var comite = Support.DonneesDeVote.ComiteDeSuivi(Bot.Services.GetRequiredService<CatalogueDesConventions>());
        var comites = Bot.Services.GetRequiredService<ComitesStockes>();
        await comites.EnregistrerAsync(comite, null, CancellationToken.None);
        await comites.LierAuCanalAsync(Activities.EquipeId, Activities.CanalVotes, comite.Id, CancellationToken.None);

        // "nouveau dossier" lists the open call; starting one shows step 1.
        Canal.Oublier();
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "nouveau dossier"), JetonValide());
        var appels = (await Canal.AttendreAsync(r => r.Method == "POST" && r.Body.Contains("Commencer un dossier", StringComparison.Ordinal))).Carte;
        Assert.Contains("Initiatives locales de coopération 2027", Texte(appels), StringComparison.Ordinal);
        _chat.Cartes["appels"] = appels;
        var etape = Carte(await _chat.AppuyerAsync("creerDossier", Action(appels, d => d["_appel"] is not null).Donnees, nom: "creer"));
        Assert.Contains("Étape 1 sur 10", Texte(etape), StringComparison.Ordinal);
        var id = Action(etape, d => d["_dossier"] is not null).Donnees["_dossier"]!.GetValue<string>();

        // Step 1 with a wrong BCE number: the reason under the field, the typed value kept, everything else saved.
        var refus = await _chat.BoutonAsync(etape, Deplacements.Suivante, ValeursDeLEtape("cpas", c => c == "identification.cpas.bce" ? "0455.266.925" : null));
        Assert.Contains("Étape 1 sur 10", Texte(refus), StringComparison.Ordinal);
        Assert.Contains("la clé de contrôle ne correspond pas", Texte(refus), StringComparison.Ordinal);
        Assert.Equal("0455.266.925", Saisie(refus, "identification.cpas.bce"));
        var apresRefus = await StockeAsync(id);
        Assert.Equal(ValeursDeDossier.NomDuCpas, apresRefus.Champs["identification.cpas.nom"]);
        Assert.False(apresRefus.Champs.ContainsKey("identification.cpas.bce"));
        etape = await _chat.BoutonAsync(refus, Deplacements.Suivante, new Dictionary<string, string> { ["identification.cpas.bce"] = "0212.345.668" });
        Assert.Contains("Étape 2 sur 10", Texte(etape), StringComparison.Ordinal);

        // Step 2: two rows, the first changed, the second removed.
        etape = await AjouterLigneAsync(etape, "identification.communes", new() { ["commune"] = "CPAS de Seraing" });
        etape = await AjouterLigneAsync(etape, "identification.communes", new() { ["commune"] = "CPAS de Flémalle" });
        Assert.Contains("CPAS de Flémalle", Texte(etape), StringComparison.Ordinal);
        var lignes = (await StockeAsync(id)).Champs.Keys.Where(k => k.StartsWith("identification.communes#", StringComparison.Ordinal)).Select(k => CelluleDeTableau.Lire(k)!.Value.Ligne).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, lignes.Count);
        var modification = await _chat.BoutonAsync(etape, Deplacements.ModifierLigne, ligne: lignes[0]);
        Assert.Equal("CPAS de Seraing", Saisie(modification, $"identification.communes#{lignes[0]}.commune"));
        etape = await _chat.BoutonAsync(modification, Deplacements.EnregistrerLigne, new Dictionary<string, string> { [$"identification.communes#{lignes[0]}.habitants"] = "64 000" });
        var relue = await _chat.BoutonAsync(etape, Deplacements.ModifierLigne, ligne: lignes[0]);
        Assert.Equal("64\u202F000", Saisie(relue, $"identification.communes#{lignes[0]}.habitants"));
        etape = await _chat.BoutonAsync(relue, Deplacements.EnregistrerLigne);
        var suppression = await _chat.BoutonAsync(etape, Deplacements.ModifierLigne, ligne: lignes[1]);
        etape = await _chat.BoutonAsync(suppression, Deplacements.SupprimerLigne);
        Assert.Contains("Ligne supprimée", Texte(etape), StringComparison.Ordinal);
        Assert.DoesNotContain("CPAS de Flémalle", Texte(etape), StringComparison.Ordinal);
        etape = await _chat.BoutonAsync(etape, Deplacements.Suivante);

        // Back and forth keeps everything.
        etape = await _chat.BoutonAsync(etape, Deplacements.Precedente, ValeursDeLEtape("forem"));
        Assert.Contains("Étape 2 sur 10", Texte(etape), StringComparison.Ordinal);
        Assert.Contains("CPAS de Seraing · Sophie Lambert · 64", Texte(etape), StringComparison.Ordinal);
        etape = await _chat.BoutonAsync(etape, Deplacements.Suivante);
        Assert.Equal("Bassin — Seraing", Saisie(etape, "identification.forem.bassin"));
        etape = await _chat.BoutonAsync(etape, Deplacements.Suivante);

        // Steps 4 to 10, with a row in the steering committee and in the compensation needs.
        etape = await AjouterLigneAsync(etape, "identification.comitePilotage");
        foreach (var (id2, n) in new[] { ("pilotage", 4), ("existante", 5), ("proposee", 6), ("modalites", 7), ("objectifs", 8), ("ressources", 9) })
        {
            Assert.Contains($"Étape {n} sur 10", Texte(etape), StringComparison.Ordinal);
            etape = await _chat.BoutonAsync(etape, Deplacements.Suivante, ValeursDeLEtape(id2));
        }

        etape = await AjouterLigneAsync(etape, "compensation", new() { ["montant"] = "12 500,50 €" });
        Assert.Contains("12\u202F500,50\u00A0€", Texte(etape), StringComparison.Ordinal);
        var recapitulatif = await _chat.BoutonAsync(etape, Deplacements.Recapitulatif);
        Assert.Contains("Tous les champs obligatoires sont remplis", Texte(recapitulatif), StringComparison.Ordinal);
        Assert.Contains("100 % des champs obligatoires du dossier remplis", Texte(recapitulatif), StringComparison.Ordinal);

        // The Word document of exactly this content opens without an error and holds the values.
        var lien = new Uri(Lien(recapitulatif)!);
        using (var document = await Bot.Http.GetAsync(lien.PathAndQuery.TrimStart('/')))
        {
            Assert.Equal(200, (int)document.StatusCode);
            Assert.Equal(TeamsConventions.Bot.Api.DocumentEndpoint.TypeWord, document.Content.Headers.ContentType?.MediaType);
            Assert.Equal("dossier-cpas-de-seraing-brouillon.docx", document.Content.Headers.ContentDisposition?.FileName);
            using var word = WordprocessingDocument.Open(new MemoryStream(await document.Content.ReadAsByteArrayAsync()), false);
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var texte = word.MainDocumentPart!.Document!.InnerText;
            Assert.Contains("CPAS de Seraing", texte, StringComparison.Ordinal);
            Assert.Contains("0212.345.668", texte, StringComparison.Ordinal);
            Assert.Contains("12\u202F500,50\u00A0€", texte, StringComparison.Ordinal);
            Assert.Contains("Jeunes de moins de 25 ans en stage d'insertion", texte, StringComparison.Ordinal);
        }

        // Submitted: the editors' confirmation, the analysts' card in their channel.
        Canal.Oublier();
        var depose = Carte(await _chat.AppuyerAsync("deposerDossier", new JsonObject { ["_dossier"] = id }, nom: "deposer"));
        Assert.Contains("Dossier déposé le", Texte(depose), StringComparison.Ordinal);
        Assert.False(ABouton(depose, "deposerDossier"));
        var analyse = (await Canal.AttendreAsync(r => r.Method == "POST" && r.Body.Contains("Dossier à analyser", StringComparison.Ordinal))).Carte;
        Assert.Contains("Déposé par Sophie Lambert · version 1", Texte(analyse), StringComparison.Ordinal);
        _chat.Cartes["analyse-v1"] = analyse;

        // Sent back: a comment is required; Sophie gets it in her chat and the dossier reopens.
        var renvoi = Action(analyse, d => d["_decision"]?.GetValue<string>() == "renvoyer").Donnees;
        Assert.Contains("écrivez d'abord un commentaire", Texte(Carte(await _chat.AppuyerAsync("analyseDossier", renvoi, "analyste", "sans-commentaire"))), StringComparison.Ordinal);
        renvoi["commentaire"] = "B7 : donnez des indicateurs chiffrés, par public.";
        Assert.Contains("Renvoyé pour correction par Nathalie Renard", Texte(Carte(await _chat.AppuyerAsync("analyseDossier", renvoi, "analyste", "renvoi"))), StringComparison.Ordinal);
        var avis = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("conversation-sophie", StringComparison.Ordinal) && r.Body.Contains("indicateurs chiffrés", StringComparison.Ordinal));
        Assert.Equal(EtatDuDossier.RenvoyePourCorrection, (await StockeAsync(id)).Etat);

        // Sophie opens it from that message, fixes B7 and submits again.
        var rouvert = Carte(await _chat.AppuyerAsync("dossier", Action(avis.Carte, d => true).Donnees, nom: "rouvrir"));
        Assert.Contains("Renvoyé pour correction par les analystes", Texte(rouvert), StringComparison.Ordinal);
        var objectifs = Carte(await _chat.AppuyerAsync("dossier", new JsonObject { ["_dossier"] = id, ["_aller"] = "etape", ["_vers"] = "objectifs" }, nom: "objectifs"));
        await _chat.BoutonAsync(objectifs, Deplacements.Enregistrer, new Dictionary<string, string> { ["cooperationProposee.indicateurs"] = "Moins de 25 ans : 40 entrées en formation ; article 60 : 25 mises à l'emploi." });
        Canal.Oublier();
        Assert.Contains("(version 2)", Texte(Carte(await _chat.AppuyerAsync("deposerDossier", new JsonObject { ["_dossier"] = id }, nom: "redeposer"))), StringComparison.Ordinal);
        var analyse2 = (await Canal.AttendreAsync(r => r.Method == "POST" && r.Body.Contains("version 2", StringComparison.Ordinal) && r.Body.Contains("Dossier à analyser", StringComparison.Ordinal))).Carte;
        _chat.Cartes["analyse-v2"] = analyse2;

        // The first card, pressed again, changes nothing; the second puts version 2 to the committee's vote.
        var ancienne = Action(analyse, d => d["_decision"]?.GetValue<string>() == "transmettre").Donnees;
        Assert.Contains("concerne la version 1", Texte(Carte(await _chat.AppuyerAsync("analyseDossier", ancienne, "analyste", "rejouee"))), StringComparison.Ordinal);
        Assert.Equal(EtatDuDossier.Soumis, (await StockeAsync(id)).Etat);
        var transmis = Carte(await _chat.AppuyerAsync("analyseDossier", Action(analyse2, d => d["_decision"]?.GetValue<string>() == "transmettre").Donnees, "analyste", "transmettre"));
        Assert.Contains("Transmis par Nathalie Renard au Comité de suivi — Liège", Texte(transmis), StringComparison.Ordinal);
        var vote = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(Activities.CanalVotes), StringComparison.Ordinal) && r.Body.Contains("Consulter le document", StringComparison.Ordinal));
        _chat.Cartes["vote"] = vote.Carte;

        // Stored: the values, version 2 frozen with its hash, and the audit trail of every decision.
        var final = await StockeAsync(id);
        Assert.Equal(EtatDuDossier.InscritAuComite, final.Etat);
        Assert.Equal(2, final.Version);
        Assert.Equal(final.EmpreinteDuContenu(), final.EmpreinteSoumise);
        Assert.Contains(final.EmpreinteSoumise!, Texte(vote.Carte), StringComparison.Ordinal);
        Assert.Equal("0212.345.668", final.Champs["identification.cpas.bce"]);
        Assert.Equal("64000", final.Champs[$"identification.communes#{lignes[0]}.habitants"]);
        Assert.DoesNotContain(final.Champs.Keys, k => k.Contains(lignes[1], StringComparison.Ordinal));
        Assert.Equal("Bassin — Seraing", final.Champs["identification.forem.bassin"]);
        Assert.Contains(final.Champs, c => c.Key.StartsWith("compensation#", StringComparison.Ordinal) && c.Value == "12500.50");
        var journal = await Bot.Services.GetRequiredService<DossiersStockes>().JournalAsync(id, CancellationToken.None);
        Assert.Equal(
            [ActionAuditee.DossierSoumis, ActionAuditee.DossierRenvoye, ActionAuditee.DossierSoumis, ActionAuditee.DossierEnAnalyse, ActionAuditee.DossierInscrit],
            journal.Select(j => j.Action));
        Assert.Equal(final.EmpreinteSoumise, journal[^1].Empreinte);

        await VerificationDesCartes.VerifierToutAsync(_chat.Cartes);
    }
}
