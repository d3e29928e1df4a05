using Conventions.Accords;
using TeamsConventions.Application.Classement;
using TeamsConventions.Graph.Classement;

namespace TeamsConventions.Graph.Tests;

public sealed class CheminDeClassementTests
{
    private static DocumentAClasser Document(string parties, string nom = "convention-v1.docx") =>
        new(nom, [1], new MetadonneesDeClassement(new ConventionId(new Guid("7f3e2a10-0000-4000-8000-000000000001")), "partenariat-asbl", parties,
            new DateTimeOffset(2027, 12, 31, 23, 30, 0, TimeSpan.FromHours(1)), "En vigueur", null, "sha256:x"));

    [Fact]
    public void Chemin_KindYearIdAndParties_CharactersSharePointRefusesReplaced()
    {
        var chemin = CheminDeClassement.Chemin(Document("ASBL « Lire: Écrire » / Liège*  |  Le Tremplin."));

        Assert.Equal("partenariat-asbl/2027/7f3e2a10000040008000000000000001 — ASBL « Lire- Écrire » - Liège- - Le Tremplin/convention-v1.docx", chemin);
    }

    [Fact]
    public void Chemin_ManyParties_ShortenedToStayWithinSharePointsPathLength_TheFileNameWhole()
    {
        var chemin = CheminDeClassement.Chemin(Document(string.Join(" — ", Enumerable.Range(1, 40).Select(i => $"CPAS de la commune numéro {i}")), "convention-v12 (3).docx"));

        Assert.True(chemin.Length <= CheminDeClassement.LongueurMaximale, $"{chemin.Length} characters");
        Assert.EndsWith("/convention-v12 (3).docx", chemin, StringComparison.Ordinal);
        Assert.All(chemin.Split('/'), s => Assert.True(s.Length <= 255 && s == s.Trim(' ', '.')));
    }

    [Fact]
    public void Chemin_SecondOfTheSameName_NumberedBeforeItsExtension()
    {
        Assert.EndsWith("/convention-v1 (2).docx", CheminDeClassement.Chemin(Document("A — B"), rang: 2), StringComparison.Ordinal);
    }
}
