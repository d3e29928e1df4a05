using System.Text.Json;
using Conventions.Actions;
using Conventions.Dossiers;
using Conventions.Votes;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Actions;

/// <summary>
/// A particular convention in Teams (issue 13, seed 002 art. 5.4, R11): drafted in the Comité de suivi's channel by a
/// Forem and a CPAS member, refused on the agenda while an element is missing, put on it by the President (R10), its
/// opinion, then validated by the Comité d'accompagnement on Forem's agenda (R05) and handed on to be drawn up.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class ConventionsParticulieresParTeamsTests(AzuriteFixture azurite) : ComitesEnCanalTestBase(azurite)
{
    private static readonly Dictionary<string, string> LesSixElements = new()
    {
        ["cp.objectif"] = "Accompagner 20 jeunes vers l'emploi.",
        ["cp.contenu"] = "Ateliers collectifs et suivi individuel.",
        ["cp.cahier-des-charges"] = "Deux ateliers par semaine ; un rapport trimestriel.",
        ["cp.statut-des-stagiaires"] = "Stagiaires en formation professionnelle.",
        ["cp.modalites-financieres"] = "Subvention en deux tranches.",
        ["cp.criteres-d-evaluation"] = "Taux d'insertion à six mois.",
    };

    private async Task<ProjetDeConventionParticuliere> ConventionAsync() =>
        (await Service<ConventionsParticulieresStockees>().DuComiteAsync(Suivi.Id, CancellationToken.None)).Single();

    /// <summary>The inputs of the card's Save button's hashes: what a drafter sends back, the hash of each value the card showed.</summary>
    private static Dictionary<string, string> Vues(JsonElement carte)
    {
        var (_, donnees) = Action(carte, d => d["_aller"]?.GetValue<string>() == "enregistrer");
        return donnees["_vues"]?.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? string.Empty) ?? [];
    }

    [Fact]
    public async Task ConventionParticuliere_DraftedByForemAndCpas_RefusedIncomplete_OpinionThenValidation_HandedOnToBeDrawnUp()
    {
        await EcrireEnPriveAsync(230, "aide");
        await EcrireEnPriveAsync(1, "aide");

        // Forem 2 starts one in the committee's channel: its title and partner kept, a wrong company number sent back with what was typed.
        var liste = await EcrireAsync(2, "conventions particulières");
        Assert.Contains("Aucune convention particulière pour l'instant.", CarteJson.Texte(liste), StringComparison.Ordinal);
        var carte = await AppuyerAsync(liste, 2, "nouvelle");
        Assert.Contains("Cahier des charges *", CarteJson.Texte(carte), StringComparison.Ordinal);
        carte = await AppuyerAsync(carte, 2, "enregistrer", new Dictionary<string, string>
        {
            ["cp.intitule"] = "Job coaching à Seraing", ["cp.partenaire"] = "ASBL Le Tremplin", ["cp.partenaire.bce"] = "0123.456.789",
        });
        Assert.Contains("Certains champs n'ont pas été enregistrés", CarteJson.Texte(carte), StringComparison.Ordinal);
        Assert.Equal("0123.456.789", Saisie(carte, "cp.partenaire.bce"));
        Assert.Equal("Job coaching à Seraing", (await ConventionAsync()).Champs["cp.intitule"]);

        // The President cannot put it on the agenda while elements of R11 are missing: it says which.
        var refus = CarteJson.Texte(await AppuyerAsync(carte, 1, "inscrire"));
        Assert.Contains("La convention particulière doit préciser\u00a0: Numéro d'entreprise du partenaire, Objectif de l'action, Contenu de l'action, Cahier des charges", refus, StringComparison.Ordinal);
        Assert.Equal(EtatDuProjet.Brouillon, (await ConventionAsync()).Etat);

        // CPAS 102 opens it from the list and completes it.
        var ouverte = await AppuyerAsync(await EcrireAsync(102, "conventions particulières"), 102, "voir");
        var complement = new Dictionary<string, string>(LesSixElements) { ["cp.partenaire.bce"] = Bce(555).ToString() };
        var completee = await AppuyerAsync(ouverte, 102, "enregistrer", complement);
        Assert.Contains("7 champs enregistrés.", CarteJson.Texte(completee), StringComparison.Ordinal);
        Assert.NotEmpty(Vues(completee));

        // Only the President puts it on the agenda (R10); the vote card links to its document with the six elements and the hash.
        Assert.Contains("Seul le secrétariat du Comité de suivi — Liège", CarteJson.Texte(await AppuyerAsync(completee, 2, "inscrire")), StringComparison.Ordinal);
        Canal.Oublier();
        Assert.Contains("Inscrite à l'ordre du jour du Comité de suivi — Liège", CarteJson.Texte(await AppuyerAsync(completee, 1, "inscrire")), StringComparison.Ordinal);
        var projet = await ConventionAsync();
        Assert.Equal(EtatDuProjet.SoumisALAvis, projet.Etat);
        var carteDuVote = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(Activities.CanalVotes), StringComparison.Ordinal) && r.Body.Contains(projet.EmpreinteSoumise ?? "?", StringComparison.Ordinal));
        Assert.Contains("Convention particulière «\u00a0Job coaching à Seraing\u00a0» — Comité de suivi — Liège", carteDuVote.TexteDeLaCarte, StringComparison.Ordinal);
        var lien = new Uri(Lien(carteDuVote.Carte) ?? throw new InvalidOperationException("The vote card links to no document."));
        using (var document = await Bot.Http.GetAsync(lien.PathAndQuery.TrimStart('/')))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, document.StatusCode);
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await document.Content.ReadAsByteArrayAsync()), false);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word));
            var contenu = word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
            Assert.All(LesSixElements.Values, e => Assert.Contains(e, contenu.Replace('\u00a0', ' '), StringComparison.Ordinal));
            Assert.Contains(projet.EmpreinteSoumise ?? "?", contenu, StringComparison.Ordinal);
        }

        // The committee's opinion: Forem (R05) is told; in the Comité d'accompagnement's channel it is awaiting validation.
        await VoterEtCloreAsync(Suivi, ScrutinId.DeLaConventionParticuliere(projet.Id, 1, EtapeDuComite.Avis, 1));
        Assert.Equal(EtatDuProjet.AValider, (await ConventionAsync()).Etat);
        var avis = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-230", StringComparison.Ordinal) && r.Body.Contains("attend la validation", StringComparison.Ordinal));
        Assert.Contains("elle attend la validation du Comité d'accompagnement", avis.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var aValider = await EcrireAsync(230, "conventions particulières", AppelDeTest.EquipeDAccompagnement, AppelDeTest.CanalDAccompagnement);
        Assert.Contains("Job coaching à Seraing — Comité de suivi — Liège", CarteJson.Texte(aValider), StringComparison.Ordinal);
        var aVoter = await AppuyerAsync(aValider, 230, "voir", equipe: AppelDeTest.EquipeDAccompagnement, canal: AppelDeTest.CanalDAccompagnement);
        Assert.Contains("Seul le secrétariat du Comité d'accompagnement", CarteJson.Texte(await AppuyerAsync(aVoter, 200, "inscrire", equipe: AppelDeTest.EquipeDAccompagnement, canal: AppelDeTest.CanalDAccompagnement)), StringComparison.Ordinal);
        Assert.Contains("Inscrite à l'ordre du jour du Comité d'accompagnement", CarteJson.Texte(await AppuyerAsync(aVoter, 230, "inscrire", equipe: AppelDeTest.EquipeDAccompagnement, canal: AppelDeTest.CanalDAccompagnement)), StringComparison.Ordinal);

        // Validated and approved: both secretariats learn that the convention can be drawn up for signature.
        await VoterEtCloreAsync(Accompagnement, ScrutinId.DeLaConventionParticuliere(projet.Id, 1, EtapeDuComite.Decision, 1));
        Assert.Equal(EtatDuProjet.Valide, (await ConventionAsync()).Etat);
        foreach (var secretariat in new[] { "personnel-1", "personnel-230" })
        {
            var validee = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains(secretariat, StringComparison.Ordinal) && r.Body.Contains("validée et agréée", StringComparison.Ordinal));
            Assert.Contains("peut être établie pour la signature de ses parties", validee.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        var journal = await Service<ConventionsParticulieresStockees>().JournalAsync(projet.Id.ToString(), CancellationToken.None);
        Assert.Equal(
            ["convention-particuliere.redigee", "convention-particuliere.modifiee", "convention-particuliere.modifiee", "convention-particuliere.inscrite", "convention-particuliere.avis-favorable", "convention-particuliere.inscrite", "convention-particuliere.validee"],
            journal.Select(e => e.Action));
    }

    [Fact]
    public async Task ConventionsParticulieres_OutsideAChannelOrStartedByAGuest_SayWhatToDo_AndNothingIsRecorded()
    {
        Assert.Contains("Les conventions particulières se rédigent dans le canal du comité", CarteJson.Texte(await EcrireEnPriveAsync(2, "conventions particulières")), StringComparison.Ordinal);

        var refus = CarteJson.Texte(await AppuyerAsync(await EcrireAsync(70, "conventions particulières"), 70, "nouvelle"));

        Assert.Contains("Seuls les membres votants du Comité de suivi — Liège rédigent", refus, StringComparison.Ordinal);
        Assert.Empty(await Service<ConventionsParticulieresStockees>().DuComiteAsync(Suivi.Id, CancellationToken.None));
    }
}
