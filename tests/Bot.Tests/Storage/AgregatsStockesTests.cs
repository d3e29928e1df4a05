using System.Text.Json;
using Conventions.Valeurs;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Tests.Partage;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Storage;

[Collection(AzuriteGroupe.Nom)]
public sealed class AgregatsStockesTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private static readonly DateTimeOffset Maintenant = new(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(1));

    protected override void ConfigurerServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new HorlogeFixe(Maintenant));

    private Comite NouveauComite()
    {
        var comite = Jeu.ComiteDeSuivi(Service<CatalogueDesConventions>().Comite("comite-suivi"), Maintenant);
        comite.DesignerPresidence(Membre(1), Membre(101), new DateOnly(2026, 1, 1), LeSecretariat, Maintenant);
        return comite;
    }

    [Fact]
    public async Task Comite_SavedAndReloaded_KeepsMembersGuestsAndMandates_AndItsAudit()
    {
        var depot = Service<ComitesStockes>();
        var comite = NouveauComite();
        await depot.EnregistrerAsync(comite, null, CancellationToken.None);

        await depot.ModifierAsync(comite.Id, c => c.ModifierComposition([new MembreDeComite(Membre(5), "Forem 5", "Forem", "Forem")], [Membre(4)], LeSecretariat, Maintenant), CancellationToken.None);
        var relu = (await depot.ChargerAsync(comite.Id, CancellationToken.None))!.Comite;

        Assert.Equal(9, relu.Membres.Count);
        Assert.Contains(relu.Membres, m => m.Membre == Membre(5));
        Assert.DoesNotContain(relu.Membres, m => m.Membre == Membre(4));
        Assert.True(relu.Membre(Membre(70))!.Invite);
        Assert.Equal(Membre(1), relu.President(new DateOnly(2026, 6, 1)));
        Assert.Equal(["comite.constitue", "comite.presidence-designee", "comite.composition-modifiee"], (await depot.JournalAsync(comite.Id.ToString(), CancellationToken.None)).OrderBy(a => a.RowKey, StringComparer.Ordinal).Select(a => a.Action));
    }

    [Fact]
    public async Task Dossier_TwentyEditorsFillingDifferentFieldsAtOnce_EveryFieldIsKept()
    {
        var depot = Service<DossiersStockes>();
        var appel = new AppelAProjets("appel-2026", "Initiatives locales 2026", "initiative-locale", Maintenant.AddDays(-10), Maintenant.AddDays(60));
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, Membre(101), Maintenant);
        foreach (var i in Enumerable.Range(1, 20))
        {
            dossier.InviterEditeur(Membre(300 + i), Membre(101));
        }

        await depot.EnregistrerAsync(dossier, null, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            depot.ModifierAsync(dossier.Id, d => d.Renseigner($"champ.{i}", $"valeur {i}", Membre(300 + i)), CancellationToken.None))));

        var relu = (await depot.ChargerAsync(dossier.Id, CancellationToken.None))!.Dossier;
        Assert.Equal(20, relu.Champs.Count);
        Assert.Equal("valeur 17", relu.Champs["champ.17"]);
        Assert.Equal(21, relu.Editeurs.Count);
    }

    [Fact]
    public async Task Dossier_StateAndFieldsSurviveAReload()
    {
        var depot = Service<DossiersStockes>();
        var type = Service<CatalogueDesConventions>().Type("initiative-locale");
        var appel = new AppelAProjets("appel-2026", "Initiatives locales 2026", "initiative-locale", Maintenant.AddDays(-10), Maintenant.AddDays(60));
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, Membre(101), Maintenant);
        foreach (var champ in type.ChampsObligatoiresDuDossier!)
        {
            dossier.Renseigner(champ, "x/y?#z", Membre(101));
        }

        dossier.Soumettre(appel, type, "sha256:v1", Membre(101), Maintenant);
        await depot.EnregistrerAsync(dossier, null, CancellationToken.None);

        var relu = (await depot.ChargerAsync(dossier.Id, CancellationToken.None))!.Dossier;

        Assert.Equal(JsonSerializer.Serialize(dossier.Enregistrement()), JsonSerializer.Serialize(relu.Enregistrement()));
        Assert.Equal(CodesErreur.DossierNonModifiable, Assert.Throws<RegleMetierException>(() => relu.Renseigner("ressources", "x", Membre(101))).Code);
    }

    private static Scrutin Ouvrir(Comite comite, bool secret, NumeroBce? demandeur = null) =>
        Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.Dossier, "D-1", "Dossier du CPAS 104", "sha256:d1", demandeur), secret, Maintenant.AddDays(7), LeSecretariat, Maintenant);

    [Fact]
    public async Task Scrutin_TwoHundredVotersAtOnce_EachDeliveredTwice_EveryBallotCountedOnce()
    {
        var depot = Service<ScrutinsStockes>();
        var comite = Assemblee();
        var scrutin = Ouvrir(comite, secret: false);
        await depot.OuvrirAsync(scrutin, CancellationToken.None);
        var votants = comite.Votants.Select(v => v.Membre).ToList();

        await Task.WhenAll(votants.SelectMany((m, i) => new[] { i, i }.Select(_ => Task.Run(() =>
            depot.VoterAsync(scrutin.Id, m, (Choix)(i % 3), Maintenant.AddSeconds(i), CancellationToken.None)))));
        var resultat = await depot.CloturerAsync(scrutin.Id, votants[0], Maintenant.AddHours(1), CancellationToken.None);

        Assert.Equal(200, resultat.Votants);
        Assert.Equal((67, 67, 66), (resultat.Pour, resultat.Contre, resultat.Abstention));
        Assert.Equal(200, resultat.Nominatif!.Count);
        var relu = (await depot.ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin;
        Assert.Equal(Choix.Contre, relu.Resultat!.Nominatif![votants[1]]);
    }

    [Fact]
    public async Task Scrutin_VotersRacingTheClose_AnAcknowledgedBallotIsAlwaysCounted_AnotherNever()
    {
        var depot = Service<ScrutinsStockes>();
        var comite = Assemblee();
        var scrutin = Ouvrir(comite, secret: false);
        await depot.OuvrirAsync(scrutin, CancellationToken.None);
        var votants = comite.Votants.Select(v => v.Membre).ToList();
        var clotureLancee = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var acquittes = 0;

        // Ballots spread over about half a second; the close starts once forty are in, so the rest land during and after it.
        var votes = votants.Skip(1).Take(150).Select((m, i) => Task.Run(async () =>
        {
            await Task.Delay(i * 3);
            try
            {
                await depot.VoterAsync(scrutin.Id, m, Choix.Pour, Maintenant.AddMinutes(1), CancellationToken.None);
                var pendantLaCloture = clotureLancee.Task.IsCompleted;
                if (Interlocked.Increment(ref acquittes) == 40)
                {
                    clotureLancee.TrySetResult();
                }

                return (m, Acquitte: true, PendantLaCloture: pendantLaCloture);
            }
            catch (RegleMetierException e) when (e.Code == CodesErreur.ScrutinClos)
            {
                return (m, Acquitte: false, PendantLaCloture: true);
            }
        })).ToList();
        var cloture = Task.Run(async () =>
        {
            await clotureLancee.Task;
            return await depot.CloturerAsync(scrutin.Id, votants[0], Maintenant.AddHours(1), CancellationToken.None);
        });
        var issues = await Task.WhenAll(votes);
        var resultat = await cloture;

        // The race really happened: ballots were acknowledged after the close had started (and, most runs, some came too late).
        Assert.True(issues.Any(v => v.Acquitte && v.PendantLaCloture), $"acknowledged {issues.Count(v => v.Acquitte)}, refused {issues.Count(v => !v.Acquitte)}, none acknowledged during the close");
        Assert.Equal(issues.Where(v => v.Acquitte).Select(v => v.m.Valeur).Order(), resultat.Nominatif!.Keys.Select(m => m.Valeur).Order());
        Assert.Equal(issues.Count(v => v.Acquitte), resultat.Pour);
    }

    [Fact]
    public async Task Scrutin_Secret_EveryStoredPropertyOfEveryRow_NeverPairsAMemberWithAChoice_DuringOrAfterTheVote()
    {
        var depot = Service<ScrutinsStockes>();
        var scrutin = Ouvrir(NouveauComite(), secret: true);
        await depot.OuvrirAsync(scrutin, CancellationToken.None);
        var choix = new Dictionary<int, Choix> { [1] = Choix.Pour, [2] = Choix.Contre, [3] = Choix.Pour, [101] = Choix.Pour, [102] = Choix.Abstention, [103] = Choix.Pour };
        foreach (var (i, c) in choix)
        {
            await depot.VoterAsync(scrutin.Id, Membre(i), c, Maintenant, CancellationToken.None);
        }

        var table = new Azure.Data.Tables.TableServiceClient(Stockage.Azurite.ConnectionString).GetTableClient(Service<TableNames>().Scrutins);
        async Task<List<Azure.Data.Tables.TableEntity>> LignesAsync() =>
            await table.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == scrutin.Id.ToString()).ToListAsync();

        void VerifierQueRienNeRelie(List<Azure.Data.Tables.TableEntity> lignes)
        {
            var textes = lignes.SelectMany(l => l.Select(p => p.Value switch { byte[] b => System.Text.Encoding.Latin1.GetString(b), { } v => v.ToString() ?? string.Empty, null => string.Empty }).Append(l.RowKey)).ToList();
            Assert.DoesNotContain(textes, t => Enum.GetNames<Choix>().Any(n => t.Contains(n, StringComparison.Ordinal)));
            Assert.DoesNotContain(lignes, l => l.RowKey.StartsWith("choix-", StringComparison.Ordinal));

            // No stored 32 bytes open a ballot: the vote's key is never in the tables in the clear.
            var cles = lignes.SelectMany(l => l.Select(p => p.Value).OfType<byte[]>()).SelectMany(b => Enumerable.Range(0, Math.Max(0, b.Length - 31)).Select(i => b[i..(i + 32)])).ToList();
            foreach (var ligne in lignes.Where(l => l.GetBinary("Bulletin") is not null))
            {
                var bulletin = ligne.GetBinary("Bulletin");
                var lien = System.Text.Encoding.UTF8.GetBytes($"{scrutin.Id}|{ligne.RowKey["participation-".Length..]}");
                Assert.All(cles, cle =>
                {
                    using var aes = new System.Security.Cryptography.AesGcm(cle, 16);
                    Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => aes.Decrypt(bulletin[..12], bulletin[12..13], bulletin[13..], new byte[1], lien));
                });
            }
        }

        var pendant = await LignesAsync();
        VerifierQueRienNeRelie(pendant);
        var bulletins = pendant.Where(l => l.GetBinary("Bulletin") is not null).Select(l => Convert.ToBase64String(l.GetBinary("Bulletin"))).ToList();
        Assert.Equal(choix.Count, bulletins.Count);
        Assert.Equal(bulletins.Count, bulletins.Distinct().Count());
        Assert.Equal(Choix.Contre, (await depot.ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin.ChoixDe(Membre(2)));

        var resultat = await depot.CloturerAsync(scrutin.Id, Membre(1), Maintenant.AddHours(1), CancellationToken.None);

        var apres = await LignesAsync();
        VerifierQueRienNeRelie(apres);
        Assert.DoesNotContain(apres, l => l.GetBinary("Bulletin") is not null);
        Assert.Null(apres.Single(l => l.RowKey == "racine").GetBinary("Sel"));
        Assert.Equal((4, 1, 1), (resultat.Pour, resultat.Contre, resultat.Abstention));
        Assert.Equal((4, 1, 1), ((await depot.ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin.Decompte().ParChoix is { } compte ? (compte[Choix.Pour], compte[Choix.Contre], compte[Choix.Abstention]) : default));
    }

    [Fact]
    public async Task Scrutin_VoteAfterTheClose_IsRefusedAndNotCounted()
    {
        var depot = Service<ScrutinsStockes>();
        var comite = NouveauComite();
        var scrutin = Ouvrir(comite, secret: false, demandeur: Bce(104));
        await depot.OuvrirAsync(scrutin, CancellationToken.None);
        foreach (var i in new[] { 1, 2, 3, 4, 101, 102, 103 })
        {
            await depot.VoterAsync(scrutin.Id, Membre(i), i < 4 ? Choix.Pour : Choix.Contre, Maintenant.AddMinutes(i), CancellationToken.None);
        }

        await Assert.ThrowsAsync<RegleMetierException>(() => depot.VoterAsync(scrutin.Id, Membre(104), Choix.Pour, Maintenant, CancellationToken.None));
        var resultat = await depot.CloturerAsync(scrutin.Id, Membre(1), Maintenant.AddHours(1), CancellationToken.None);
        var tardif = await Assert.ThrowsAsync<RegleMetierException>(() => depot.VoterAsync(scrutin.Id, Membre(4), Choix.Pour, Maintenant.AddHours(2), CancellationToken.None));

        Assert.Equal(CodesErreur.ScrutinClos, tardif.Code);
        Assert.Equal((3, 4, Decision.Rejete), (resultat.Pour, resultat.Contre, resultat.Decision));
        Assert.Equal(Choix.Contre, (await depot.ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin.Resultat!.Nominatif![Membre(4)]);
        var autre = Ouvrir(comite, secret: false);
        await depot.OuvrirAsync(autre, CancellationToken.None);
        var refus = await Assert.ThrowsAsync<RegleMetierException>(() => depot.CloturerAsync(autre.Id, Membre(2), Maintenant, CancellationToken.None));
        Assert.Equal(CodesErreur.ClotureReserveeAuPresident, refus.Code);
    }

    /// <summary>Another bot instance still holds the vote as open: its late presses are refused and leave no trace, the count stands.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Scrutin_PressOnAnInstanceThatHasNotSeenTheClose_IsRefused_AndTheCountedBallotsStandAsCounted(bool secret)
    {
        var ici = Service<ScrutinsStockes>();
        var ailleurs = AutreInstance();
        var comite = NouveauComite();
        var scrutin = Ouvrir(comite, secret);
        await ici.OuvrirAsync(scrutin, CancellationToken.None);
        foreach (var i in new[] { 1, 2, 101, 102 })
        {
            await ailleurs.VoterAsync(scrutin.Id, Membre(i), i < 100 ? Choix.Pour : Choix.Contre, Maintenant.AddMinutes(i), CancellationToken.None);
        }

        // A third instance learns the vote from a guest's press (refused: a guest does not vote).
        var troisieme = AutreInstance();
        Assert.Equal(CodesErreur.PasElecteur, (await Assert.ThrowsAsync<RegleMetierException>(() => troisieme.VoterAsync(scrutin.Id, Membre(70), Choix.Pour, Maintenant, CancellationToken.None))).Code);

        var resultat = await ici.CloturerAsync(scrutin.Id, Membre(1), Maintenant.AddHours(1), CancellationToken.None);
        var change = await Assert.ThrowsAsync<RegleMetierException>(() => ailleurs.VoterAsync(scrutin.Id, Membre(101), Choix.Pour, Maintenant.AddHours(2), CancellationToken.None));
        var nouveau = await Assert.ThrowsAsync<RegleMetierException>(() => troisieme.VoterAsync(scrutin.Id, Membre(3), Choix.Pour, Maintenant.AddHours(2), CancellationToken.None));
        var ensuite = await Assert.ThrowsAsync<RegleMetierException>(() => ailleurs.VoterAsync(scrutin.Id, Membre(4), Choix.Pour, Maintenant.AddHours(2), CancellationToken.None));

        Assert.All([change, nouveau, ensuite], e => Assert.Equal(CodesErreur.ScrutinClos, e.Code));
        Assert.Equal((2, 2), (resultat.Pour, resultat.Contre));
        var relu = (await ici.ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin;
        Assert.Equal((2, 2, 4), (relu.Resultat!.Pour, relu.Resultat.Contre, relu.Decompte().Votants));
        Assert.False(relu.AVote(Membre(3)));
        if (!secret)
        {
            Assert.Equal(Choix.Contre, relu.Resultat.Nominatif![Membre(101)]);
        }

        var journal = await ici.JournalAsync(scrutin.Id.ToString(), CancellationToken.None);
        Assert.Equal(4, journal.Count(l => l.Action == Conventions.Audit.ActionAuditee.VoteExprime));
        var lignes = await new Azure.Data.Tables.TableServiceClient(Stockage.Azurite.ConnectionString).GetTableClient(Service<TableNames>().Scrutins)
            .QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == scrutin.Id.ToString()).ToListAsync();
        Assert.DoesNotContain(lignes, l => l.RowKey == $"participation-{Membre(3)}" || l.RowKey == $"choix-{Membre(3)}" || l.RowKey == $"participation-{Membre(4)}");
        Assert.DoesNotContain(lignes, l => l.RowKey.StartsWith("participation-", StringComparison.Ordinal) && l.GetBinary("Bulletin") is not null);
    }

    /// <summary>A vote's audit trail reads as it happened: its opening, each ballot, its close — one key scheme for every aggregate.</summary>
    [Fact]
    public async Task Scrutin_AuditTrail_ReadsInTheOrderThingsHappened()
    {
        var depot = Service<ScrutinsStockes>();
        var scrutin = Ouvrir(NouveauComite(), secret: false);
        await depot.OuvrirAsync(scrutin, CancellationToken.None);
        foreach (var (i, minute) in new[] { (2, 1), (101, 2), (1, 3), (2, 4) })
        {
            await depot.VoterAsync(scrutin.Id, Membre(i), Choix.Pour, Maintenant.AddMinutes(minute), CancellationToken.None);
        }

        await depot.CloturerAsync(scrutin.Id, Membre(1), Maintenant.AddHours(1), CancellationToken.None);
        var journal = await depot.JournalAsync(scrutin.Id.ToString(), CancellationToken.None);

        Assert.Equal(
            [Conventions.Audit.ActionAuditee.ScrutinOuvert, .. Enumerable.Repeat(Conventions.Audit.ActionAuditee.VoteExprime, 4), Conventions.Audit.ActionAuditee.ScrutinClos],
            journal.Select(l => l.Action));
        Assert.Equal(journal.Select(l => l.Le).Order(), journal.Select(l => l.Le));
    }

    /// <summary>Once an instance knows the vote, a press is two storage requests: the ballot's transaction and the root read back.</summary>
    [Fact]
    public async Task Scrutin_PressOnAnOpenVoteTheInstanceKnows_CostsTwoStorageRequests()
    {
        var compteur = new CompteurDeRequetes();
        var options = new Azure.Data.Tables.TableClientOptions();
        options.AddPolicy(compteur, Azure.Core.HttpPipelinePosition.PerCall);
        var depot = AutreInstance(new Azure.Data.Tables.TableServiceClient(Stockage.Azurite.ConnectionString, options));
        var comite = NouveauComite();
        var scrutin = Ouvrir(comite, secret: false);
        await Service<ScrutinsStockes>().OuvrirAsync(scrutin, CancellationToken.None);
        await depot.VoterAsync(scrutin.Id, Membre(1), Choix.Pour, Maintenant, CancellationToken.None);

        foreach (var (i, choix) in new[] { (2, Choix.Pour), (101, Choix.Contre), (1, Choix.Abstention), (102, Choix.Pour) })
        {
            var avant = compteur.Requetes;
            await depot.VoterAsync(scrutin.Id, Membre(i), choix, Maintenant.AddMinutes(i), CancellationToken.None);
            Assert.Equal(2, compteur.Requetes - avant);
        }
    }

    private ScrutinsStockes AutreInstance(Azure.Data.Tables.TableServiceClient? service = null)
    {
        var options = Service<Microsoft.Extensions.Options.IOptions<StorageOptions>>();
        service ??= new Azure.Data.Tables.TableServiceClient(Stockage.Azurite.ConnectionString);
        var noms = Service<TableNames>();
        return new ScrutinsStockes(service, noms, new VotesOuverts(service, noms), new EnveloppeDesVotesSecrets(options), Service<TimeProvider>());
    }

    private sealed class CompteurDeRequetes : Azure.Core.Pipeline.HttpPipelineSynchronousPolicy
    {
        private int _requetes;

        public int Requetes => Volatile.Read(ref _requetes);

        public override void OnSendingRequest(Azure.Core.HttpMessage message) => Interlocked.Increment(ref _requetes);
    }

    [Fact]
    public async Task Scrutin_Secret_OnceClosedAndReloaded_ChoicesCannotBeLinkedToMembers()
    {
        var depot = Service<ScrutinsStockes>();
        var scrutin = Ouvrir(NouveauComite(), secret: true);
        await depot.OuvrirAsync(scrutin, CancellationToken.None);
        foreach (var i in new[] { 1, 2, 3, 101, 102, 103 })
        {
            await depot.VoterAsync(scrutin.Id, Membre(i), i == 2 ? Choix.Contre : Choix.Pour, Maintenant, CancellationToken.None);
        }

        await depot.VoterAsync(scrutin.Id, Membre(3), Choix.Abstention, Maintenant.AddMinutes(5), CancellationToken.None);
        var ouvert = (await depot.ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin;
        Assert.Equal(Choix.Contre, ouvert.ChoixDe(Membre(2)));
        await depot.CloturerAsync(scrutin.Id, Membre(1), Maintenant.AddHours(1), CancellationToken.None);

        var clos = (await depot.ChargerAsync(scrutin.Id, CancellationToken.None))!.Scrutin;
        Assert.Null(clos.ChoixDe(Membre(2)));
        Assert.True(clos.AVote(Membre(2)));
        Assert.Null(clos.Resultat!.Nominatif);
        Assert.Equal((4, 1, 1), (clos.Resultat.Pour, clos.Resultat.Contre, clos.Resultat.Abstention));
        Assert.Null(clos.Enregistrement().Sel);
    }
}
