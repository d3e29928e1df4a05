using System.Text.Json.Nodes;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;

namespace TeamsConventions.Bot.Tests.Dossiers;

/// <summary>
/// "A new kind needs no code": a kind and a form that exist only as JSON (tests/Bot.Tests/Dossiers/SecondFormulaire),
/// with other fields, other steps, another applicant field and a single deciding committee, go from the chat (and its
/// Word document) to the committee's decision through the same bot, without a line of C# about them.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class SecondFormulaireTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private const string Appel = "asbl-2027";

    private DossierParChat Chat => new(Bot, Canal, JetonValide);

    protected override void Configurer(Dictionary<string, string?> reglages)
    {
        AppelDeTest.Configurer(reglages, DateTimeOffset.UtcNow);
        foreach (var (cle, valeur) in reglages.Where(r => r.Key.StartsWith("Dossiers:Appels:0:", StringComparison.Ordinal)).ToList())
        {
            reglages[cle.Replace("Appels:0:", "Appels:1:", StringComparison.Ordinal)] = valeur;
        }

        reglages["Dossiers:Appels:1:Id"] = Appel;
        reglages["Dossiers:Appels:1:Titre"] = "Projets associatifs 2027";
        reglages["Dossiers:Appels:1:Type"] = "projet-associatif";
    }

    protected override void ConfigurerServices(IServiceCollection services) => services.AddSingleton(CatalogueAvecLeSecondFormulaire());

    [Fact]
    public async Task SecondKind_DefinedOnlyInJson_IsFilledSubmittedTransmittedAndDecidedByItsCommittee()
    {
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());
        await Comites.CanalConnuAsync(Activities.EquipeId, Activities.EquipeId);
        await Comites.CanalConnuAsync(Activities.EquipeId, Activities.CanalVotes);
        var catalogue = Bot.Services.GetRequiredService<CatalogueDesConventions>();
        var suivi = ComiteDeSuivi(catalogue);
        suivi.DesignerPresidence(Membre(1), Membre(101), Conventions.Calendrier.Bruxelles.Jour(DateTimeOffset.UtcNow), LeSecretariat, DateTimeOffset.UtcNow);
        await Comites.LierAsync(suivi, Activities.EquipeId, Activities.CanalVotes);
        var formulaire = catalogue.Formulaires["projet-associatif"];
        var appel = Bot.Services.GetRequiredService<AppelsAProjets>().Trouver(Appel)!;

        // Sophie fills both steps of the association's form in her chat.
        var etape = DossierParChat.Carte(await Chat.AppuyerAsync(Verbes.CreerDossier, new JsonObject { ["_appel"] = Appel }));
        Assert.Contains("1. L'association porteuse", CarteJson.Texte(etape), StringComparison.Ordinal);
        var id = DossierParChat.Action(etape, d => d["_dossier"] is not null).Donnees["_dossier"]!.GetValue<string>();
        foreach (var e in formulaire.Etapes)
        {
            Assert.Contains(e.Titre, CarteJson.Texte(etape), StringComparison.Ordinal);
            var suite = e == formulaire.Etapes[^1] ? Deplacements.Recapitulatif : Deplacements.Suivante;
            etape = await Chat.BoutonAsync(etape, suite, e.Champs.ToDictionary(c => c.Id, c => ValeursDeDossier.Valeur(c, appel)));
        }

        Assert.Contains("Tous les champs obligatoires sont remplis", CarteJson.Texte(etape), StringComparison.Ordinal);
        using (var document = await Bot.Http.GetAsync(new Uri(DossierParChat.Lien(etape) ?? throw new InvalidOperationException("No document link.")).PathAndQuery.TrimStart('/')))
        {
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.Content.Headers.ContentType?.MediaType);
        }

        var depose = DossierParChat.Carte(await Chat.AppuyerAsync(Verbes.DeposerDossier, new JsonObject { ["_dossier"] = id }));
        Assert.Contains("Dossier déposé le", CarteJson.Texte(depose), StringComparison.Ordinal);
        var dossier = (await Bot.Services.GetRequiredService<DossiersStockes>().ChargerAsync(new DossierId(Guid.ParseExact(id, "N")), CancellationToken.None))!.Dossier;
        var association = dossier.Champs["porteur.nom"];

        // The analysts get it under the association's name (the form's "demandeur"), and put it to the Comité de suivi, which decides.
        var analystes = await Canal.AttendreAsync(r => r.Method == "POST" && r.Body.Contains("Transmettre au comité", StringComparison.Ordinal));
        Assert.Contains(association, analystes.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Contains("au Comité de suivi — Liège", CarteJson.Texte(DossierParChat.Carte(await Comites.TransmettreAsync(dossier.Id))), StringComparison.Ordinal);
        await Comites.VoterEtCloreAsync(suivi, Activities.CanalVotes);

        Assert.Equal(EtatDuDossier.Approuve, (await Bot.Services.GetRequiredService<DossiersStockes>().ChargerAsync(dossier.Id, CancellationToken.None))!.Dossier.Etat);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("conversation-sophie", StringComparison.Ordinal) && r.Body.Contains("a approuvé le dossier", StringComparison.Ordinal));
    }

    /// <summary>The shipped catalogue, read from its files, plus the second kind and its form, read from the test's.</summary>
    private static CatalogueDesConventions CatalogueAvecLeSecondFormulaire()
    {
        var catalogue = Path.Combine(RepositoryRoot.Path, "src", "Conventions", "Catalogue");
        var second = Path.Combine(RepositoryRoot.Path, "tests", "Bot.Tests", "Dossiers", "SecondFormulaire");
        IEnumerable<(string, string)> Lire(string dossier, string motif = "*.json") =>
            Directory.GetFiles(dossier, motif).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        return CatalogueDesConventions.Depuis(
            [.. Lire(Path.Combine(catalogue, "Types")), .. Lire(second, "*.type.json")],
            Lire(Path.Combine(catalogue, "Comites")),
            [.. Lire(Path.Combine(catalogue, "Formulaires")), .. Lire(second, "*.formulaire.json")]);
    }
}
