using System.Reflection;
using System.Text.RegularExpressions;
using Conventions.Suivi;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Tests.Cards;

public sealed partial class TextesTests
{
    private static readonly string[] ToutesLesCles = [.. typeof(CleTexte).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    public static TheoryData<string> Cles => [.. ToutesLesCles];

    [Theory]
    [MemberData(nameof(Cles))]
    public void Text_ExistsInFrenchAndEnglish_WithTheSamePlaceholders(string cle)
    {
        var francais = Textes.Francais[cle];
        var anglais = Textes.Anglais[cle];

        Assert.False(string.IsNullOrWhiteSpace(francais));
        Assert.False(string.IsNullOrWhiteSpace(anglais));
        Assert.Equal(Marqueurs(francais), Marqueurs(anglais));
    }

    [Fact]
    public void EveryNature_HasALabel()
    {
        foreach (var nature in Enum.GetValues<NatureElement>())
        {
            Assert.Contains($"Nature.{nature}", ToutesLesCles);
        }
    }

    [Theory]
    [InlineData("auto", "en-US", "en")]
    [InlineData("auto", "en-GB", "en")]
    [InlineData("auto", "fr-BE", "fr-BE")]
    [InlineData("auto", "nl-BE", "fr-BE")]
    [InlineData("auto", null, "fr-BE")]
    [InlineData("fr-BE", "en-US", "fr-BE")]
    [InlineData("en", "fr-BE", "en")]
    public void Choisir_FrenchFirstEnglishForEnglishClients(string langueImposee, string? locale, string attendue)
    {
        Assert.Equal(attendue, Textes.Choisir(langueImposee, locale).Culture.Name);
    }

    private static string[] Marqueurs(string texte) => [.. Marqueur().Matches(texte).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Marqueur();
}
