using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Handlers;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;

namespace TeamsConventions.Bot.Tests.Dossiers;

/// <summary>R06 from Teams: the Comité de suivi's avis, then the Comité d'accompagnement's decision, each in its channel.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class DossierAuxComitesTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    protected override void Configurer(Dictionary<string, string?> reglages) => AppelDeTest.Configurer(reglages, DateTimeOffset.UtcNow);

    [Fact]
    public async Task Dossier_TransmittedForTheAvisThenForTheDecision_IsApprovedAndEveryoneIsTold()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());
        await Comites.CanalConnuAsync(Activities.EquipeId, Activities.CanalVotes);
        await Comites.CanalConnuAsync(AppelDeTest.EquipeDAccompagnement, AppelDeTest.CanalDAccompagnement);
        var catalogue = Service<CatalogueDesConventions>();
        var suivi = ComiteDeSuivi(catalogue);
        suivi.DesignerPresidence(Membre(1), Membre(101), Conventions.Calendrier.Bruxelles.Jour(DateTimeOffset.UtcNow), LeSecretariat, DateTimeOffset.UtcNow);
        await Comites.LierAsync(suivi, Activities.EquipeId, Activities.CanalVotes);
        var accompagnement = await Comites.LierAsync(Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", catalogue.Comite("comite-accompagnement"), MembresDAccompagnement(), LeSecretariat, DateTimeOffset.UtcNow),
            AppelDeTest.EquipeDAccompagnement, AppelDeTest.CanalDAccompagnement);

        var appel = Service<AppelsAProjets>().Trouver(AppelDeTest.Id)!;
        var formulaire = catalogue.Formulaires["initiative-locale"];
        var sophie = MembreId.Depuis(Activities.SophieObjectId);
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, sophie, DateTimeOffset.UtcNow);

        // The applicant is the CPAS member 103 represents, under another name than the committee knows it by.
        var valeurs = ValeursDeDossier.Toutes(formulaire, appel);
        valeurs[formulaire.BceDuDemandeur ?? throw new InvalidOperationException("The form names no applicant company number.")] = $"BE{Bce(103).Chiffres}";
        dossier.Saisir([.. valeurs.Select(v => new Saisie(v.Key, v.Value, null))], formulaire, appel, sophie);
        dossier.Soumettre(appel, catalogue.Type("initiative-locale"), dossier.EmpreinteDuContenu(), sophie, DateTimeOffset.UtcNow);
        await Service<DossiersStockes>().EnregistrerAsync(dossier, null, CancellationToken.None);

        // The Comité de suivi gives its avis de pertinence; the analysts get the dossier back, Sophie is told.
        Canal.Oublier();
        Assert.Contains("au Comité de suivi — Liège", CarteJson.Texte(DossierParChat.Carte(await Comites.TransmettreAsync(dossier.Id))), StringComparison.Ordinal);
        var vote = await Comites.VoterEtCloreAsync(suivi, Activities.CanalVotes);
        Assert.Equal([Membre(103)], (await Service<ScrutinsStockes>().ChargerAsync(vote, CancellationToken.None))!.Scrutin.Recuses);
        var avis = (await Service<DossiersStockes>().ChargerAsync(dossier.Id, CancellationToken.None))!.Dossier;
        Assert.True(avis.AvisDePertinenceFavorable);
        Assert.Equal(EtatDuDossier.InscritAuComite, avis.Etat);
        var retour = await Canal.AttendreAsync(r => r.Method == "POST" && r.Body.Contains("Vote du Comité de suivi — Liège\\u00A0: adopté", StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString(Activities.EquipeId), retour.Path, StringComparison.Ordinal);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("conversation-sophie", StringComparison.Ordinal) && r.Body.Contains("a voté sur le dossier", StringComparison.Ordinal));

        // Transmitted again, it goes to the Comité d'accompagnement, whose vote approves it.
        Canal.Oublier();
        Assert.Contains("au Comité d'accompagnement", CarteJson.Texte(DossierParChat.Carte(await Comites.TransmettreAsync(dossier.Id))), StringComparison.Ordinal);
        await Comites.VoterEtCloreAsync(accompagnement, AppelDeTest.CanalDAccompagnement);
        Assert.Equal(EtatDuDossier.Approuve, (await Service<DossiersStockes>().ChargerAsync(dossier.Id, CancellationToken.None))!.Dossier.Etat);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("conversation-sophie", StringComparison.Ordinal) && r.Body.Contains("a approuvé le dossier", StringComparison.Ordinal));
        Assert.Contains("n'est plus en attente d'analyse\u00a0: le dossier est «\u00a0approuvé\u00a0»", CarteJson.Texte(DossierParChat.Carte(await Comites.TransmettreAsync(dossier.Id))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentBack_ToThirtyEditors_TheAnalystsAnswerComesWellUnderASecond_AndEachEditorIsToldOnce()
    {
        var editeurs = Enumerable.Range(1, 30).Select(Membre).ToList();
        foreach (var (editeur, i) in editeurs.Select((e, i) => (e, i)))
        {
            var bonjour = Activities.Message(Canal.ServiceUrl, "aide", userId: $"29:editeur-{i}", objectId: editeur.ToString());
            bonjour["conversation"]!["id"] = $"a:editeur-{i}";
            await Bot.EnvoyerAsync(bonjour, JetonValide());
        }

        var catalogue = Service<CatalogueDesConventions>();
        var appel = Service<AppelsAProjets>().Trouver(AppelDeTest.Id)!;
        var formulaire = catalogue.Formulaires["initiative-locale"];
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, editeurs[0], DateTimeOffset.UtcNow);
        dossier.Saisir([.. ValeursDeDossier.Toutes(formulaire, appel).Select(v => new Saisie(v.Key, v.Value, null))], formulaire, appel, editeurs[0]);
        var depot = Service<DossiersStockes>();
        await depot.EnregistrerAsync(dossier, null, CancellationToken.None);
        await depot.ModifierAsync(dossier.Id, d => editeurs.Skip(1).ToList().ForEach(e => d.InviterEditeur(e, editeurs[0])), CancellationToken.None);
        await depot.ModifierAsync(dossier.Id, d => d.Soumettre(appel, catalogue.Type("initiative-locale"), d.EmpreinteDuContenu(), editeurs[0], DateTimeOffset.UtcNow), CancellationToken.None);
        Canal.Oublier();
        Canal.Latence = TimeSpan.FromMilliseconds(100);

        var chrono = System.Diagnostics.Stopwatch.StartNew();
        var reponse = await new DossierParChat(Bot, Canal, JetonValide).AppuyerAsync(
            "analyseDossier", new JsonObject { ["_dossier"] = dossier.Id.ToString(), ["_version"] = 1, ["_decision"] = "renvoyer", ["commentaire"] = "Le tableau des communes est incomplet." }, "analyste");
        var duree = chrono.Elapsed;

        Assert.True(duree < TimeSpan.FromSeconds(1), $"the analysts waited {duree.TotalMilliseconds:F0} ms");
        Assert.Contains("renvoyé", CarteJson.Texte(DossierParChat.Carte(reponse)), StringComparison.Ordinal);
        var fin = DateTime.UtcNow.AddSeconds(20);
        while (Canal.Requetes.Count(r => r.Method == "POST" && r.Path.Contains("editeur-", StringComparison.Ordinal)) < editeurs.Count && DateTime.UtcNow < fin)
        {
            await Task.Delay(50);
        }

        await Task.Delay(500);
        var avis = Canal.Requetes.Where(r => r.Method == "POST" && r.Path.Contains("editeur-", StringComparison.Ordinal)).ToList();
        Assert.Equal(editeurs.Count, avis.Count);
        Assert.Equal(editeurs.Count, avis.Select(r => r.Path).Distinct().Count());
        Assert.All(avis, a => Assert.Contains("Le tableau des communes est incomplet.", a.Body, StringComparison.Ordinal));
    }
}
