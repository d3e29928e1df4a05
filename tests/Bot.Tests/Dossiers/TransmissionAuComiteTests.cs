using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;

namespace TeamsConventions.Bot.Tests.Dossiers;

/// <summary>The analysts press « Transmettre au comité » when the committee is not there yet, when Teams refuses the card, and twice.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class TransmissionAuComiteTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    protected override void Configurer(Dictionary<string, string?> reglages) => AppelDeTest.Configurer(reglages, DateTimeOffset.UtcNow);

    /// <summary>A complete dossier Sophie submitted, awaiting the analysts; the bot knows her chat.</summary>
    private async Task<DossierDeProposition> SoumisAsync()
    {
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());
        var catalogue = Service<CatalogueDesConventions>();
        var appel = Service<AppelsAProjets>().Trouver(AppelDeTest.Id)!;
        var formulaire = catalogue.Formulaires[appel.TypeDeConvention];
        var sophie = MembreId.Depuis(Activities.SophieObjectId);
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, sophie, DateTimeOffset.UtcNow);
        dossier.Saisir([.. ValeursDeDossier.Toutes(formulaire, appel).Select(v => new Saisie(v.Key, v.Value, null))], formulaire, appel, sophie);
        dossier.Soumettre(appel, catalogue.Type(appel.TypeDeConvention), dossier.EmpreinteDuContenu(), sophie, DateTimeOffset.UtcNow);
        await Service<DossiersStockes>().EnregistrerAsync(dossier, null, CancellationToken.None);
        return dossier;
    }

    private async Task ComiteDeSuiviEnPlaceAsync()
    {
        await Comites.CanalConnuAsync(Activities.EquipeId, Activities.CanalVotes);
        await Comites.LierAsync(ComiteDeSuivi(Service<CatalogueDesConventions>()), Activities.EquipeId, Activities.CanalVotes);
    }

    private async Task<Scrutin?> PremierVoteAsync(DossierDeProposition dossier) =>
        (await Service<ScrutinsStockes>().ChargerAsync(ScrutinId.DuDossier(dossier.Id, 1, EtapeDuComite.Avis, 1), CancellationToken.None))?.Scrutin;

    /// <summary>Vote cards sent to the committee's channel, whatever Teams answered.</summary>
    private int CartesDeVoteEnvoyees() =>
        Canal.Requetes.Count(r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(Activities.CanalVotes), StringComparison.Ordinal) && r.Body.Contains("Consulter le document", StringComparison.Ordinal));

    [Fact]
    public async Task Transmettre_CommitteeNotYetSetUpInItsChannel_AsksForItAndChangesNothing()
    {
        await Comites.CanalConnuAsync(Activities.EquipeId, Activities.CanalVotes);
        var dossier = await SoumisAsync();

        var texte = CarteJson.Texte(DossierParChat.Carte(await Comites.TransmettreAsync(dossier.Id)));

        Assert.Contains("Le comité qui doit voter n'est pas encore configuré dans son canal", texte, StringComparison.Ordinal);
        Assert.Contains("Rien n'a été modifié", texte, StringComparison.Ordinal);
        Assert.Equal(EtatDuDossier.Soumis, (await Service<DossiersStockes>().ChargerAsync(dossier.Id, CancellationToken.None))!.Dossier.Etat);
        Assert.Null(await PremierVoteAsync(dossier));
    }

    [Fact]
    public async Task Transmettre_WhenTeamsRefusesTheVoteCard_SaysToPressAgain_AndTheNextPressPostsThatSameVoteOnce()
    {
        await ComiteDeSuiviEnPlaceAsync();
        var dossier = await SoumisAsync();
        Canal.Oublier();
        Canal.ImposerReponse(403, corps: """{ "error": { "code": "BotNotInConversationRoster", "message": "The bot is not part of the conversation roster." } }""");

        var refus = CarteJson.Texte(DossierParChat.Carte(await Comites.TransmettreAsync(dossier.Id)));

        Assert.Contains("sa carte n'a pas pu être publiée dans le canal du comité", refus, StringComparison.Ordinal);
        Assert.Contains("appuyez à nouveau sur", refus, StringComparison.Ordinal);
        var ouvert = await PremierVoteAsync(dossier);
        Assert.NotNull(ouvert);
        Assert.Equal(1, CartesDeVoteEnvoyees());
        Assert.Null(await Service<ScrutinsStockes>().CarteAsync(ouvert.Id, CancellationToken.None));

        var transmis = CarteJson.Texte(DossierParChat.Carte(await Comites.TransmettreAsync(dossier.Id)));

        Assert.Contains("au Comité de suivi — Liège", transmis, StringComparison.Ordinal);
        Assert.Equal(2, CartesDeVoteEnvoyees());
        Assert.NotNull(await Service<ScrutinsStockes>().CarteAsync(ouvert.Id, CancellationToken.None));
        Assert.Equal(ouvert.Echeance, (await PremierVoteAsync(dossier))!.Echeance);
        Assert.Null(await Service<ScrutinsStockes>().ChargerAsync(ScrutinId.DuDossier(dossier.Id, 1, EtapeDuComite.Avis, 2), CancellationToken.None));
        Assert.Equal(EtatDuDossier.InscritAuComite, (await Service<DossiersStockes>().ChargerAsync(dossier.Id, CancellationToken.None))!.Dossier.Etat);
    }

    [Fact]
    public async Task Transmettre_PressedTwice_OneVoteOneCardAndTheSecondPressSaysItIsDone()
    {
        await ComiteDeSuiviEnPlaceAsync();
        var dossier = await SoumisAsync();
        Canal.Oublier();
        await Comites.TransmettreAsync(dossier.Id);

        var encore = CarteJson.Texte(DossierParChat.Carte(await Comites.TransmettreAsync(dossier.Id)));

        Assert.Contains("concerne la version 1", encore, StringComparison.Ordinal);
        Assert.Equal(1, CartesDeVoteEnvoyees());
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("conversation-sophie", StringComparison.Ordinal) && r.Body.Contains("Comité de suivi — Liège", StringComparison.Ordinal));
    }
}
