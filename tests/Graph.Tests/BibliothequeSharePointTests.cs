using System.Security.Cryptography;
using Conventions.Accords;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using TeamsConventions.Application.Classement;
using TeamsConventions.Graph.Classement;
using TeamsConventions.Testing;

namespace TeamsConventions.Graph.Tests;

/// <summary>Filing through the real Microsoft Graph SDK against a fake Graph over HTTP: once, never replacing, with its columns.</summary>
public sealed class BibliothequeSharePointTests : AvecFakeGraph, IDisposable
{
    private static readonly ConventionId Id = new(new Guid("7f3e2a10-0000-4000-8000-000000000001"));
    private readonly FakeTimeProvider _horloge = new(new DateTimeOffset(2027, 3, 4, 10, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _televersement = new();

    public void Dispose() => _televersement.Dispose();

    private BibliothequeSharePoint Bibliotheque(string bibliotheque = FakeGraph.Bibliotheque, string site = FakeGraph.Site, int seuil = 4 * 1024 * 1024) =>
        new(Client, _televersement,
            new SharePointOptions { SiteId = site, Bibliotheque = bibliotheque, SeuilDeSessionEnOctets = seuil, TailleDesTranchesEnOctets = 2 * SharePointOptions.MultipleDesTranches }, _horloge);


    /// <summary>2.5 MiB that are not all the same, so that a range sent twice or out of order shows.</summary>
    private static DocumentAClasser Grand()
    {
        var octets = new byte[(5 * 1024 * 1024) / 2];
        new Random(14).NextBytes(octets);
        var document = Document();
        return document with { Contenu = octets, Metadonnees = document.Metadonnees with { Empreinte = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(octets)) } };
    }

    [Fact]
    public async Task Classer_AboveTheThreshold_AnUploadSessionInRangesOf320KiB_NeverGraphsTokenOnItsUrl()
    {
        var document = Grand();

        await Bibliotheque(seuil: 1024 * 1024).ClasserAsync(document, CancellationToken.None);

        Assert.Equal(document.Contenu, Assert.Single(Graph.Fichiers.Values).Contenu);
        Assert.DoesNotContain(Graph.Requetes, r => r.StartsWith("PUT /v1.0/", StringComparison.Ordinal));
        var tranches = Graph.Tranches.ToList();
        Assert.Equal(4, tranches.Count);
        Assert.All(tranches, t => Assert.False(t.AvecAutorisation));
        Assert.All(tranches.SkipLast(1), t => Assert.Equal(0, (t.Fin - t.Debut + 1) % SharePointOptions.MultipleDesTranches));
        Assert.Equal([0L, 655360L, 1310720L, 1966080L], tranches.Select(t => t.Debut));
        Assert.Equal(document.Contenu.Length - 1, tranches[^1].Fin);
        Assert.Equal(Grand().Metadonnees.Empreinte, Graph.Fichiers.Values.Single().Champs["Sha256"]);
    }

    [Fact]
    public async Task Classer_TheUploadSessionExpiresHalfway_ANewSessionSendsItWhole_OneFile()
    {
        Graph.ExpirationApres = 2;
        var document = Grand();

        await Bibliotheque(seuil: 1024 * 1024).ClasserAsync(document, CancellationToken.None);

        Assert.Equal(document.Contenu, Assert.Single(Graph.Fichiers.Values).Contenu);
        Assert.Equal(2, Graph.Tranches.Select(t => t.Session).Distinct().Count());
        Assert.Equal(2, Graph.Requetes.Count(r => r.EndsWith(":/createUploadSession", StringComparison.Ordinal)));
    }

    private static DocumentAClasser Document(string contenu = "convention signée", string parties = "CPAS de Herstal — Le Forem")
    {
        var octets = System.Text.Encoding.UTF8.GetBytes(contenu);
        return new DocumentAClasser("convention-v3.docx", octets,
            new MetadonneesDeClassement(Id, "cooperation-forem-cpas", parties, new DateTimeOffset(2027, 3, 4, 9, 30, 0, TimeSpan.FromHours(1)), "En vigueur", "Décision du comité du 2 mars 2027",
                "sha256:" + Convert.ToHexStringLower(SHA256.HashData(octets))));
    }

    private const string Dossier = "cooperation-forem-cpas/2027/7f3e2a10000040008000000000000001 — CPAS de Herstal — Le Forem";

    [Fact]
    public async Task Classer_NewDocument_OnePutThatCannotReplace_ThenItsColumnsByTheirInternalNames()
    {
        var classe = await Bibliotheque().ClasserAsync(Document(), CancellationToken.None);

        var fichier = Assert.Single(Graph.Fichiers.Values);
        Assert.Equal($"{Dossier}/convention-v3.docx", fichier.Chemin);
        Assert.Equal("convention signée", System.Text.Encoding.UTF8.GetString(fichier.Contenu));
        Assert.Single(Graph.Requetes, r => r.StartsWith("PUT ", StringComparison.Ordinal) && r.EndsWith("?@microsoft.graph.conflictBehavior=fail", StringComparison.Ordinal));
        Assert.Equal("7f3e2a10000040008000000000000001", fichier.Champs["ConventionId"]);
        Assert.Equal("cooperation-forem-cpas", fichier.Champs["TypeDeConvention"]);
        Assert.Equal("CPAS de Herstal — Le Forem", fichier.Champs["Parties"]);
        Assert.Equal("2027-03-04T08:30:00Z", fichier.Champs["SigneeLe"]);
        Assert.Equal("En vigueur", fichier.Champs["Statut"]);
        Assert.Equal("Décision du comité du 2 mars 2027", fichier.Champs["Decision"]);
        Assert.Equal(Document().Metadonnees.Empreinte, fichier.Champs["Sha256"]);
        Assert.Equal(("convention-v3.docx", fichier.Id), (classe.Nom, classe.Identifiant));
        Assert.EndsWith("/convention-v3.docx", classe.Lien.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classer_AgainAfterACrashBetweenTheUploadAndTheColumns_FindsItsFile_OneFileWithItsColumns()
    {
        var document = Document();
        Graph.Fichiers[$"{Dossier}/convention-v3.docx"] = new FakeGraph.Fichier("item-crash", $"{Dossier}/convention-v3.docx", document.Contenu, "90");

        await Bibliotheque().ClasserAsync(document, CancellationToken.None);
        await Bibliotheque().ClasserAsync(document, CancellationToken.None);

        var fichier = Assert.Single(Graph.Fichiers.Values);
        Assert.Equal("item-crash", fichier.Id);
        Assert.Equal(document.Metadonnees.Empreinte, fichier.Champs["Sha256"]);
        Assert.DoesNotContain(Graph.Requetes, r => r.StartsWith("PUT ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Classer_NameTakenByAnotherDocument_FiledUnderANewName_TheOtherUntouched()
    {
        var autre = new FakeGraph.Fichier("item-autre", $"{Dossier}/convention-v3.docx", "un autre document, plus long"u8.ToArray(), "91");
        autre.Champs["Sha256"] = "sha256:autre";
        Graph.Fichiers[autre.Chemin] = autre;

        var classe = await Bibliotheque().ClasserAsync(Document(), CancellationToken.None);

        Assert.Equal("convention-v3 (2).docx", classe.Nom);
        Assert.Equal("un autre document, plus long", System.Text.Encoding.UTF8.GetString(Graph.Fichiers[autre.Chemin].Contenu));
        Assert.Equal("sha256:autre", Graph.Fichiers[autre.Chemin].Champs["Sha256"]);
        Assert.Equal(Document().Metadonnees.Empreinte, Graph.Fichiers[$"{Dossier}/convention-v3 (2).docx"].Champs["Sha256"]);
    }

    [Fact]
    public async Task Classer_ColumnsLockedRightAfterTheUpload_RetriedWithBackoffUntilWritten()
    {
        Graph.VerrousRestants = 2;

        var classement = Bibliotheque().ClasserAsync(Document(), CancellationToken.None);
        while (!classement.IsCompleted)
        {
            _horloge.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        await classement;
        Assert.Equal(3, Graph.Requetes.Count(r => r.StartsWith("PATCH ", StringComparison.Ordinal)));
        Assert.Equal(Document().Metadonnees.Empreinte, Assert.Single(Graph.Fichiers.Values).Champs["Sha256"]);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Classer_Refused_SaysThePermissionAndTheSiteToGrant_NothingFiled(int statut)
    {
        Graph.Panne = statut;

        var erreur = await Assert.ThrowsAsync<ClassementImpossibleException>(() => Bibliotheque().ClasserAsync(Document(), CancellationToken.None));

        Assert.True(erreur.Permission);
        Assert.Equal("Sites.Selected", erreur.Reglage);
        Assert.Contains(FakeGraph.Site, erreur.Message, StringComparison.Ordinal);
        Assert.Empty(Graph.Fichiers);
    }

    [Fact]
    public async Task Classer_WrongLibraryOrSite_NamesTheSettingToFix()
    {
        var bibliotheque = await Assert.ThrowsAsync<ClassementImpossibleException>(() => Bibliotheque(bibliotheque: "Conventions").ClasserAsync(Document(), CancellationToken.None));
        var site = await Assert.ThrowsAsync<ClassementImpossibleException>(() => Bibliotheque(site: "contoso.sharepoint.com,inconnu").ClasserAsync(Document(), CancellationToken.None));

        Assert.Equal("Classement:SharePoint:Bibliotheque", bibliotheque.Reglage);
        Assert.Contains("no document library « Conventions » (it has: Conventions signées, Documents)", bibliotheque.Message, StringComparison.Ordinal);
        Assert.Equal("Classement:SharePoint:SiteId", site.Reglage);
        Assert.False(site.Permission);
    }

    [Fact]
    public async Task ClasserAsync_ThrottledTwice_WaitsWhatGraphSays_ThenFilesOnce()
    {
        Graph.LimitationsRestantes = 2;
        var chrono = System.Diagnostics.Stopwatch.StartNew();

        await Bibliotheque().ClasserAsync(Document(), CancellationToken.None);

        Assert.Equal(2, Graph.Limitations.Count);
        Assert.True(chrono.Elapsed >= TimeSpan.FromSeconds(1.9), $"Retry-After was not honoured ({chrono.Elapsed.TotalSeconds:F1} s).");
        Assert.Single(Graph.Fichiers);
    }

    [Fact]
    public async Task ClasserAsync_InAThrottlingStormPastTheSdksRetries_IsUnavailableNotAFailure_AndFilesLater()
    {
        Graph.LimitationsRestantes = 100;

        var erreur = await Assert.ThrowsAsync<ClassementImpossibleException>(() => Bibliotheque().ClasserAsync(Document(), CancellationToken.None));

        Assert.True(erreur.Indisponible);
        Assert.Empty(Graph.Fichiers);
        Graph.LimitationsRestantes = 0;
        await Bibliotheque().ClasserAsync(Document(), CancellationToken.None);
        Assert.Single(Graph.Fichiers);
    }
}
