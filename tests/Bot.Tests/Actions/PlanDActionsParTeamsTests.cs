using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Actions;

/// <summary>
/// A Comité de suivi's action plan in Teams (issue 13): drafted in its channel by a Forem and a CPAS member, put on
/// the agenda by its President (R10), its opinion voted, put on the Comité d'accompagnement's agenda by Forem (R05),
/// validated there; each refusal says what to do and records nothing.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class PlanDActionsParTeamsTests(AzuriteFixture azurite) : ComitesEnCanalTestBase(azurite)
{
    private static Dictionary<string, string> UneAction(string intitule, int responsable) => new()
    {
        ["action.intitule"] = intitule,
        ["action.objectif"] = "40 jeunes accompagnés vers l'emploi.",
        ["action.debut"] = $"{DateTimeOffset.UtcNow.Year}-03-01",
        ["action.fin"] = $"{DateTimeOffset.UtcNow.Year}-11-30",
        ["action.responsable"] = Membre(responsable).ToString(),
        ["action.indicateurs"] = "Entrées en formation ; mises à l'emploi.",
        ["action.budget"] = "12 500,50",
    };

    private async Task<PlanDActions> PlanAsync() =>
        (await Service<PlansStockes>().DuComiteAsync(Suivi.Id, CancellationToken.None)).Single();

    [Fact]
    public async Task Plan_DraftedByAForemAndACpasMember_OpinionThenValidation_BecomesThePlanOfRecord()
    {
        // Forem 2 opens the year's plan in the committee's channel and adds an action; CPAS 102 adds another.
        var plan = await EcrireAsync(2, "plan d'actions");
        Assert.Contains($"Plan d'actions {DateTimeOffset.UtcNow.Year} — Comité de suivi — Liège", CarteJson.Texte(plan), StringComparison.Ordinal);
        var action = await AppuyerAsync(plan, 2, "ajouter");
        Assert.Contains("Responsable de l'action *", CarteJson.Texte(action), StringComparison.Ordinal);
        plan = await AppuyerAsync(action, 2, "enregistrer", UneAction("Job coaching des moins de 25 ans", 2));
        Assert.Contains("Action «\u00a0Job coaching des moins de 25 ans\u00a0» enregistrée.", CarteJson.Texte(plan), StringComparison.Ordinal);
        plan = await AppuyerAsync(await AppuyerAsync(await EcrireAsync(102, "plan d'actions"), 102, "ajouter"), 102, "enregistrer", UneAction("Ateliers numériques", 102));
        var texte = CarteJson.Texte(plan);
        Assert.Contains("Job coaching des moins de 25 ans — Forem 2", texte, StringComparison.Ordinal);
        Assert.Contains("Ateliers numériques — CPAS 102", texte, StringComparison.Ordinal);
        Assert.Contains("2 actions", texte, StringComparison.Ordinal);

        // Only the President (R10) puts it on the agenda; the vote card appears in the channel.
        Assert.Contains("Seul le secrétariat du Comité de suivi — Liège", CarteJson.Texte(await AppuyerAsync(plan, 2, "inscrire")), StringComparison.Ordinal);
        Assert.Equal(EtatDuProjet.Brouillon, (await PlanAsync()).Etat);
        Canal.Oublier();
        var inscrit = CarteJson.Texte(await AppuyerAsync(plan, 1, "inscrire"));
        Assert.Contains("Inscrit à l'ordre du jour du Comité de suivi — Liège", inscrit, StringComparison.Ordinal);
        var brouillon = await PlanAsync();
        Assert.Equal(EtatDuProjet.SoumisALAvis, brouillon.Etat);
        Assert.False((await Service<ScrutinsStockes>().ChargerAsync(ScrutinId.DuPlan(brouillon.Id, 1, Conventions.Dossiers.EtapeDuComite.Avis, 1), CancellationToken.None))?.Scrutin.Secret);
        var carteDuVote = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(Activities.CanalVotes), StringComparison.Ordinal) && r.Body.Contains(brouillon.EmpreinteSoumise ?? "?", StringComparison.Ordinal));
        Assert.Contains("Plan d'actions", carteDuVote.TexteDeLaCarte, StringComparison.Ordinal);

        // The members read the frozen version from the vote card: a valid Word document with its actions and its hash.
        var lien = new Uri(Lien(carteDuVote.Carte) ?? throw new InvalidOperationException("The vote card links to no document."));
        using (var document = await Bot.Http.GetAsync(lien.PathAndQuery.TrimStart('/')))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, document.StatusCode);
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await document.Content.ReadAsByteArrayAsync()), false);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word));
            var contenu = word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
            Assert.Contains("Job coaching des moins de 25 ans", contenu, StringComparison.Ordinal);
            Assert.Contains("CPAS 102", contenu, StringComparison.Ordinal);
            Assert.Contains(brouillon.EmpreinteSoumise ?? "?", contenu, StringComparison.Ordinal);
        }

        using (var falsifie = await Bot.Http.GetAsync("dossiers/" + lien.PathAndQuery.TrimStart('/')["plans/".Length..]))
        {
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, falsifie.StatusCode);
        }

        // The committee's opinion: Forem, the Comité d'accompagnement's secretariat (R05), is told and puts it on its agenda.
        var forem = Activities.Message(Canal.ServiceUrl, "aide", userId: "29:membre-230", objectId: Membre(230).ToString());
        forem["conversation"]!["id"] = "a:personnel-230";
        await Bot.EnvoyerAsync(forem, JetonValide());
        await VoterEtCloreAsync(Suivi, ScrutinId.DuPlan(brouillon.Id, 1, Conventions.Dossiers.EtapeDuComite.Avis, 1));
        Assert.Equal(EtatDuProjet.AValider, (await PlanAsync()).Etat);
        var avis = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-230", StringComparison.Ordinal) && r.Body.Contains("attend la validation", StringComparison.Ordinal));
        Assert.Contains("il attend la validation du Comité d'accompagnement", avis.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var aValider = await EcrireAsync(230, "plan d'actions", AppelDeTest.EquipeDAccompagnement, AppelDeTest.CanalDAccompagnement);
        Assert.Contains($"Plan d'actions {DateTimeOffset.UtcNow.Year} — Comité de suivi — Liège", CarteJson.Texte(aValider), StringComparison.Ordinal);
        Assert.Contains("Seul le secrétariat du Comité d'accompagnement", CarteJson.Texte(await AppuyerAsync(aValider, 200, "inscrire", equipe: AppelDeTest.EquipeDAccompagnement, canal: AppelDeTest.CanalDAccompagnement)), StringComparison.Ordinal);
        Assert.Contains("Inscrit à l'ordre du jour du Comité d'accompagnement", CarteJson.Texte(await AppuyerAsync(aValider, 230, "inscrire", equipe: AppelDeTest.EquipeDAccompagnement, canal: AppelDeTest.CanalDAccompagnement)), StringComparison.Ordinal);

        await VoterEtCloreAsync(Accompagnement, ScrutinId.DuPlan(brouillon.Id, 1, Conventions.Dossiers.EtapeDuComite.Decision, 1));

        var valide = await PlanAsync();
        Assert.Equal(EtatDuProjet.Valide, valide.Etat);
        Assert.All(valide.Actions, a => Assert.Equal(EtatDeLAction.Prevue, a.Etat));
        var journal = await Service<PlansStockes>().JournalAsync(valide.Id.ToString(), CancellationToken.None);
        Assert.Equal(["plan.redige", "plan.action-ajoutee", "plan.action-ajoutee", "plan.inscrit", "plan.avis-favorable", "plan.inscrit", "plan.valide"], journal.Select(e => e.Action));
    }

    [Fact]
    public async Task EnregistrerAction_IncompleteOrWithAnOwnerOffTheCommittee_ComesBackWithEachReasonAndWhatWasTyped()
    {
        var action = await AppuyerAsync(await EcrireAsync(2, "plan d'actions"), 2, "ajouter");
        var saisies = UneAction("Job coaching", 2);
        saisies["action.objectif"] = string.Empty;
        saisies["action.responsable"] = Membre(4242).ToString();
        saisies["action.budget"] = "beaucoup";

        var refus = await AppuyerAsync(action, 2, "enregistrer", saisies);

        var texte = CarteJson.Texte(refus);
        Assert.Contains("rien n'a été enregistré pour cette action", texte, StringComparison.Ordinal);
        Assert.Contains("«\u00a0Objectif\u00a0» est à remplir.", texte, StringComparison.Ordinal);
        Assert.Contains("doit siéger au Comité de suivi — Liège", texte, StringComparison.Ordinal);
        Assert.Equal("beaucoup", Saisie(refus, "action.budget"));
        Assert.Equal("Job coaching", Saisie(refus, "action.intitule"));
        Assert.Empty((await PlanAsync()).Actions);
    }

    [Fact]
    public async Task Plan_PutOnTheAgendaForASecretBallot_IsVotedSecretly_AndCanNoLongerBeChanged_AndAGuestCannotStartOne()
    {
        var plan = await EcrireAsync(2, "plan d'actions");
        plan = await AppuyerAsync(await AppuyerAsync(plan, 2, "ajouter"), 2, "enregistrer", UneAction("Job coaching", 2));
        var id = (await PlanAsync()).Id;
        await AppuyerAsync(plan, 1, "inscrire", new Dictionary<string, string> { [$"secret-{id}"] = "true" });
        Assert.True((await Service<ScrutinsStockes>().ChargerAsync(ScrutinId.DuPlan(id, 1, Conventions.Dossiers.EtapeDuComite.Avis, 1), CancellationToken.None))?.Scrutin.Secret);

        var ajout = CarteJson.Texte(await AppuyerAsync(plan, 2, "ajouter"));

        Assert.Contains("Le plan d'actions ne peut plus être modifié (état\u00a0: «\u00a0à l'avis du comité\u00a0»)", ajout, StringComparison.Ordinal);
        Assert.Single((await PlanAsync()).Actions);
        Assert.Contains("Aucun plan d'actions 2031 n'est encore rédigé", CarteJson.Texte(await EcrireAsync(70, "plan d'actions 2031")), StringComparison.Ordinal);
    }
}
