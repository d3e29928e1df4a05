using Microsoft.Graph;
using TeamsConventions.Application.Classement;
using TeamsConventions.Graph.Classement;
using TeamsConventions.Testing;

namespace TeamsConventions.Graph.Tests;

/// <summary>The administrator's command: the columns the bot writes, created where missing, by their internal names, through the real SDK.</summary>
public sealed class ColonnesDeLaBibliothequeTests : AvecFakeGraph
{
    private ColonnesDeLaBibliotheque Colonnes() => new(Client, new SharePointOptions { SiteId = FakeGraph.Site, Bibliotheque = FakeGraph.Bibliotheque });

    [Fact]
    public async Task CreerLesManquantesAsync_OnALibraryMissingTwo_CreatesThoseTwoWithTheirTypes_ThenNothing()
    {
        Graph.ColonnesDeLaListe.TryRemove("SigneeLe", out _);
        Graph.ColonnesDeLaListe.TryRemove("Sha256", out _);

        Assert.Equal(["SigneeLe", "Sha256"], await Colonnes().CreerLesManquantesAsync(CancellationToken.None));

        Assert.Equal(("dateTime", "text"), (Graph.ColonnesDeLaListe["SigneeLe"], Graph.ColonnesDeLaListe["Sha256"]));
        Assert.Empty(await Colonnes().CreerLesManquantesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CreerLesManquantesAsync_WithoutTheRightToManageTheSite_SaysWhatToGrant_OrWhichColumnsToCreateByHand()
    {
        Graph.Panne = 403;

        var erreur = await Assert.ThrowsAsync<ClassementImpossibleException>(() => Colonnes().CreerLesManquantesAsync(CancellationToken.None));

        Assert.True(erreur.Permission);
        Assert.Contains("« manage » role", erreur.Message, StringComparison.Ordinal);
        Assert.Contains("ConventionId, TypeDeConvention, Parties, SigneeLe, Statut, Decision, Sha256", erreur.Message, StringComparison.Ordinal);
    }
}
