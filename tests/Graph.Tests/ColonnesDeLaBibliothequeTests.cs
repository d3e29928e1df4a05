using Microsoft.Graph;
using TeamsConventions.Application.Classement;
using TeamsConventions.Graph.Classement;
using TeamsConventions.Testing;

namespace TeamsConventions.Graph.Tests;

/// <summary>The administrator's command: the columns the bot writes, created where missing, by their internal names, through the real SDK.</summary>
public sealed class ColonnesDeLaBibliothequeTests : IAsyncLifetime
{
    private FakeGraph _graph = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.DemarrerAsync();
        _http = GraphClientFactory.Create();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _graph.DisposeAsync();
    }

    private ColonnesDeLaBibliotheque Colonnes() => new(_graph.Client(_http), new SharePointOptions { SiteId = FakeGraph.Site, Bibliotheque = FakeGraph.Bibliotheque });

    [Fact]
    public async Task CreerLesManquantesAsync_OnALibraryMissingTwo_CreatesThoseTwoWithTheirTypes_ThenNothing()
    {
        _graph.ColonnesDeLaListe.TryRemove("SigneeLe", out _);
        _graph.ColonnesDeLaListe.TryRemove("Sha256", out _);

        Assert.Equal(["SigneeLe", "Sha256"], await Colonnes().CreerLesManquantesAsync(CancellationToken.None));

        Assert.Equal(("dateTime", "text"), (_graph.ColonnesDeLaListe["SigneeLe"], _graph.ColonnesDeLaListe["Sha256"]));
        Assert.Empty(await Colonnes().CreerLesManquantesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CreerLesManquantesAsync_WithoutTheRightToManageTheSite_SaysWhatToGrant_OrWhichColumnsToCreateByHand()
    {
        _graph.Panne = 403;

        var erreur = await Assert.ThrowsAsync<ClassementImpossibleException>(() => Colonnes().CreerLesManquantesAsync(CancellationToken.None));

        Assert.True(erreur.Permission);
        Assert.Contains("« manage » role", erreur.Message, StringComparison.Ordinal);
        Assert.Contains("ConventionId, TypeDeConvention, Parties, SigneeLe, Statut, Decision, Sha256", erreur.Message, StringComparison.Ordinal);
    }
}
