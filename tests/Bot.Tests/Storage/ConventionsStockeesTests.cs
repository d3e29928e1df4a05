using System.Text.Json;
using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Membres;
using Conventions.Valeurs;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Storage;

[Collection(AzuriteGroupe.Nom)]
public sealed class ConventionsStockeesTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private static readonly DateTimeOffset Signature = new(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly MembreId Secretariat = MembreId.Depuis("7d3f0c2e-9a1b-4c5d-8e6f-0a1b2c3d4e5f");

    private ConventionsStockees Depot => Bot.Services.GetRequiredService<ConventionsStockees>();

    protected override void ConfigurerServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new HorlogeFixe(Signature.AddDays(1)));

    private Convention NouvelleSignee()
    {
        var type = Bot.Services.GetRequiredService<CatalogueDesConventions>().Type("cooperation-forem-cpas");
        var referent = new Referent("Sophie Lambert", AdresseMail.Depuis("sophie.lambert@cpas-seraing.be"), Telephone.Depuis("04 330 12 34"));
        var convention = Convention.Rediger(ConventionId.Nouveau(), type, [new Partie("Forem", "Le Forem", referent), new Partie("Cpas", "CPAS de Seraing", referent)], ParametresDeDuree.Aucun, "sha256:v1", Secretariat, Signature, "Liège",
            [new FicheAction("Emploi", "Job dating", "Rencontres employeurs", "Mise à l'emploi", "Trimestriel", "Salons", "Maison de l'Emploi", "Public commun")]);
        convention.DesignerSignataires(
            [
                new Designation("Le Forem", "AdministrateurGeneral", Secretariat, "Administratrice générale"),
                new Designation("CPAS de Seraing", "President", TeamsConventions.Tests.Partage.Jeu.Membre(101), "Président"),
                new Designation("CPAS de Seraing", "DirecteurGeneral", TeamsConventions.Tests.Partage.Jeu.Membre(102), "Directrice générale"),
            ],
            Secretariat,
            Signature);
        convention.Signer("CPAS de Seraing", "President", TeamsConventions.Tests.Partage.Jeu.Membre(101), "sha256:v1", null, Signature);
        convention.Signer("CPAS de Seraing", "DirecteurGeneral", TeamsConventions.Tests.Partage.Jeu.Membre(102), "sha256:v1", null, Signature);
        convention.Signer("Le Forem", "AdministrateurGeneral", Secretariat, "sha256:v1", "Charleroi", Signature);
        return convention;
    }

    [Fact]
    public async Task Enregistrer_ThenCharger_GivesBackTheSameConvention()
    {
        var convention = NouvelleSignee();
        convention.ProposerAvenant("Nouvelle fiche", "sha256:v2", Secretariat, Signature.AddDays(10));
        convention.DemanderEvaluation("CPAS de Seraing", Secretariat, Signature.AddDays(20));

        await Depot.EnregistrerAsync(convention, null, CancellationToken.None);
        var relue = (await Depot.ChargerAsync(convention.Id, CancellationToken.None))!.Convention;

        Assert.Equal(JsonSerializer.Serialize(convention.Enregistrement()), JsonSerializer.Serialize(relue.Enregistrement()));
        Assert.Equal(EtatDeConvention.EnVigueur, relue.Etat(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public async Task Audit_IsAppendedWithEverySave_AndEarlierEntriesNeverChange()
    {
        var convention = NouvelleSignee();
        var chargee = await Depot.EnregistrerAsync(convention, null, CancellationToken.None);
        var avant = await Depot.JournalAsync(convention.Id.ToString(), CancellationToken.None);

        chargee.Convention.SignalerDysfonctionnement("CPAS de Seraing", "Permanence annulée", Secretariat, Signature.AddDays(5));
        await Depot.EnregistrerAsync(chargee.Convention, chargee, CancellationToken.None);
        var apres = await Depot.JournalAsync(convention.Id.ToString(), CancellationToken.None);

        Assert.Equal(["convention.redigee", "convention.signataires-designes", "convention.signee", "convention.signee", "convention.signee", "convention.en-vigueur"], avant.OrderBy(a => a.RowKey, StringComparer.Ordinal).Select(a => a.Action));
        Assert.Equal(avant.Count + 1, apres.Count);
        Assert.All(avant, a => Assert.Equal(a.ETag, apres.Single(b => b.RowKey == a.RowKey).ETag));
        Assert.Contains(apres, a => a.Action == "convention.dysfonctionnement" && a.Empreinte == "sha256:v1");
    }

    [Fact]
    public async Task TwoWriters_OneWins_TheOtherGetsAConflict_AndARereadSucceeds()
    {
        var convention = NouvelleSignee();
        await Depot.EnregistrerAsync(convention, null, CancellationToken.None);
        var a = (await Depot.ChargerAsync(convention.Id, CancellationToken.None))!;
        var b = (await Depot.ChargerAsync(convention.Id, CancellationToken.None))!;

        a.Convention.DemanderEvaluation("Le Forem", Secretariat, Signature.AddMonths(2));
        await Depot.EnregistrerAsync(a.Convention, a, CancellationToken.None);
        b.Convention.ProposerAvenant("Avenant du CPAS", "sha256:v2", Secretariat, Signature.AddMonths(2));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Depot.EnregistrerAsync(b.Convention, b, CancellationToken.None));
        await Depot.ModifierAsync(convention.Id, c => c.ProposerAvenant("Avenant du CPAS", "sha256:v2", Secretariat, Signature.AddMonths(2)), CancellationToken.None);
        var finale = (await Depot.ChargerAsync(convention.Id, CancellationToken.None))!.Convention;
        Assert.Single(finale.Evaluations);
        Assert.Single(finale.Avenants);
    }

    [Fact]
    public async Task HundredConcurrentChanges_NoUpdateIsLost()
    {
        var convention = NouvelleSignee();
        await Depot.EnregistrerAsync(convention, null, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => Depot.ModifierAsync(
            convention.Id,
            c => c.DemanderEvaluation(i % 2 == 0 ? "Le Forem" : "CPAS de Seraing", Secretariat, Signature.AddDays(30)),
            CancellationToken.None))));

        var finale = (await Depot.ChargerAsync(convention.Id, CancellationToken.None))!.Convention;
        Assert.Equal(100, finale.Evaluations.Count);
        Assert.Equal(100, finale.Evaluations.Select(e => e.Reference).Distinct().Count());
        Assert.Equal(100, (await Depot.JournalAsync(convention.Id.ToString(), CancellationToken.None)).Count(a => a.Action == "evaluation.demandee"));
    }

    [Fact]
    public async Task Echeances_AreIndexedByDay_AndFollowANotice()
    {
        var index = Bot.Services.GetRequiredService<EcheancesIndexees>();
        var convention = NouvelleSignee();
        var chargee = await Depot.EnregistrerAsync(convention, null, CancellationToken.None);
        var anniversaire = new DateOnly(2027, 3, 4);

        Assert.Contains(await index.DuesLeAsync(anniversaire, CancellationToken.None), d => d.Convention == convention.Id && d.Nature == NatureDEcheance.Evaluation);

        var preavis = Signature.AddDays(40);
        chargee.Convention.DonnerPreavis("CPAS de Seraing", FormeDuPreavis.LettreRecommandee, "Fin du projet", Secretariat, preavis);
        await Depot.EnregistrerAsync(chargee.Convention, chargee, CancellationToken.None);

        var fin = Bruxelles.Jour(preavis).AddMonths(3);
        Assert.Contains(await index.DuesLeAsync(fin, CancellationToken.None), d => d.Convention == convention.Id && d.Nature == NatureDEcheance.FinApresPreavis);
        Assert.DoesNotContain(await index.DuesLeAsync(anniversaire, CancellationToken.None), d => d.Convention == convention.Id);
    }
}
