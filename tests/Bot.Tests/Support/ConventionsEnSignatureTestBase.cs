using System.Text.Json;
using Conventions.Accords;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>
/// A dossier approved by both committees, whose convention Forem's secretariat (member 230) takes to its three
/// signatories: the CPAS's President and Directeur général, Forem's Administrateur général.
/// </summary>
public abstract class ConventionsEnSignatureTestBase(AzuriteFixture azurite) : ComitesEnCanalTestBase(azurite)
{
    protected const int AdministrateurGeneral = 7;
    protected const int President = 8;
    protected const int Directrice = 9;

    protected override void Configurer(Dictionary<string, string?> reglages) => AppelDeTest.Configurer(reglages, DateTimeOffset.UtcNow);

    /// <summary>A dossier approved through both committees' votes; the convention it led to.</summary>
    protected async Task<Convention> ConventionApprouveeAsync()
    {
        var catalogue = Service<CatalogueDesConventions>();
        var appel = Service<AppelsAProjets>().Trouver(AppelDeTest.Id) ?? throw new InvalidOperationException("No call.");
        var formulaire = catalogue.Formulaires["initiative-locale"];
        var sophie = MembreId.Depuis(Activities.SophieObjectId);
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, sophie, DateTimeOffset.UtcNow);
        var valeurs = ValeursDeDossier.Toutes(formulaire, appel);
        valeurs["identification.cpas.president"] = "Paul Dupont";
        valeurs["identification.cpas.directionGenerale"] = "Anne Martin";
        dossier.Saisir([.. valeurs.Select(v => new Saisie(v.Key, v.Value, null))], formulaire, appel, sophie);
        dossier.Soumettre(appel, catalogue.Type("initiative-locale"), dossier.EmpreinteDuContenu(), sophie, DateTimeOffset.UtcNow);
        await Service<DossiersStockes>().EnregistrerAsync(dossier, null, CancellationToken.None);
        await Comites.TransmettreAsync(dossier.Id);
        await Comites.VoterEtCloreAsync(Suivi, Activities.CanalVotes);
        Canal.Oublier();
        await Comites.TransmettreAsync(dossier.Id);
        await Comites.VoterEtCloreAsync(Accompagnement, AppelDeTest.CanalDAccompagnement);
        return (await Service<ConventionsStockees>().ChargerAsync(ConventionDuDossier.IdDe(dossier.Id), CancellationToken.None))?.Convention
            ?? throw new InvalidOperationException("The approved dossier led to no convention.");
    }

    /// <summary>The card the bot sent <paramref name="membre"/> 1:1 with <paramref name="contient"/> in it.</summary>
    protected async Task<JsonElement> CarteRecueAsync(int membre, string contient) =>
        (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{membre}", StringComparison.Ordinal) && r.Body.Contains(contient, StringComparison.Ordinal))).Carte;

    protected static Dictionary<string, string> LesTroisSignataires() => new()
    {
        ["signataire-0"] = Membre(AdministrateurGeneral).ToString(), ["nom-0"] = "Marie Leroy",
        ["signataire-1"] = Membre(President).ToString(), ["nom-1"] = "Paul Dupont",
        ["signataire-2"] = Membre(Directrice).ToString(), ["nom-2"] = "Anne Martin",
    };
}
