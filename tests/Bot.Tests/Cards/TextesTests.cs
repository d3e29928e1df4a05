using System.Reflection;
using System.Text.RegularExpressions;
using Conventions.Erreurs;
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

    public static TheoryData<string> CodesDErreur => [.. typeof(CodesErreur).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    [Theory]
    [MemberData(nameof(CodesDErreur))]
    public void DomainError_HasAFrenchAndAnEnglishMessage_WithTheSamePlaceholders(string code)
    {
        var erreur = new RegleMetierException(code, "a", "b", "c", "d");

        var francais = Textes.Francais.Erreur(erreur);
        var anglais = Textes.Anglais.Erreur(erreur);

        Assert.NotEqual(Textes.Francais[CleTexte.ErreurInattendue], francais);
        Assert.NotEqual(Textes.Anglais[CleTexte.ErreurInattendue], anglais);
        Assert.DoesNotContain("{", francais, StringComparison.Ordinal);
        Assert.DoesNotContain("{", anglais, StringComparison.Ordinal);
    }

    [Fact]
    public void Erreur_BceWithWrongCheckDigits_ReadsAsTheIssueAsks()
    {
        var erreur = Assert.Throws<RegleMetierException>(() => Conventions.Valeurs.NumeroBce.Depuis("0455.266.927"));

        Assert.Equal("Le numéro BCE 0455.266.927 n'est pas valide\u00a0: la clé de contrôle ne correspond pas. Vérifiez les chiffres.", Textes.Francais.Erreur(erreur));
        Assert.Equal("The BCE number 0455.266.927 is not valid: the check digits do not match. Check the digits.", Textes.Anglais.Erreur(erreur));
    }

    [Fact]
    public void Erreur_DatesAreWrittenInTheReadersLanguageAndBrusselsTime()
    {
        var erreur = new RegleMetierException(CodesErreur.AppelClos, "Initiatives locales 2019", new DateTimeOffset(2019, 5, 31, 21, 59, 59, TimeSpan.Zero));

        Assert.Contains("vendredi 31 mai 2019 à 23\u00A0h\u00A059", Textes.Francais.Erreur(erreur), StringComparison.Ordinal);
        Assert.Contains("Friday 31 May 2019 at 23:59", Textes.Anglais.Erreur(erreur), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryNature_HasALabel()
    {
        foreach (var nature in Enum.GetValues<NatureElement>())
        {
            Assert.Contains($"Nature.{nature}", ToutesLesCles);
        }
    }

    [Fact]
    public void EveryDossierStateAndBallotChoiceAndOutcome_HasALabel()
    {
        var cles = Enum.GetValues<Conventions.Dossiers.EtatDuDossier>().Select(e => $"Etat.{e}")
            .Concat(Enum.GetValues<Conventions.Votes.Choix>().Select(c => $"Vote.Choix.{c}"))
            .Concat(Enum.GetValues<Conventions.Votes.Decision>().Select(d => $"Vote.Decision.{d}"));
        Assert.All(cles, cle => Assert.True(Textes.Francais[cle].Length > 0 && Textes.Anglais[cle] != Textes.Francais[cle], cle));
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

    [Theory]
    [MemberData(nameof(Cles))]
    public void Text_NeverHedgesItsPluralWithBrackets(string cle)
    {
        Assert.DoesNotMatch(@"\w\((s|es|ies)\)", Textes.Francais[cle]);
        Assert.DoesNotMatch(@"\w\((s|es|ies)\)", Textes.Anglais[cle]);
    }

    [Theory]
    [InlineData(0, "0 invité", "0 guests")]
    [InlineData(1, "1 invité", "1 guest")]
    [InlineData(2, "2 invités", "2 guests")]
    public void Nombre_TakesTheSingularAsEachLanguageDoes(int nombre, string francais, string anglais)
    {
        Assert.Equal(francais, Textes.Francais.Nombre(CleTexte.ComiteInvitesUn, CleTexte.ComiteInvitesPlusieurs, nombre));
        Assert.Equal(anglais, Textes.Anglais.Nombre(CleTexte.ComiteInvitesUn, CleTexte.ComiteInvitesPlusieurs, nombre));
    }

    [Theory]
    [MemberData(nameof(Cles))]
    public void Text_IsAValidFormatInBothLanguages(string cle)
    {
        var valeurs = Enumerable.Range(0, 10).Select(i => (object)$"v{i}").ToArray();

        Assert.NotNull(string.Format(Textes.Francais.Culture, Textes.Francais[cle], valeurs));
        Assert.NotNull(string.Format(Textes.Anglais.Culture, Textes.Anglais[cle], valeurs));
    }

    [Theory]
    [MemberData(nameof(Cles))]
    public void French_KeepsItsPunctuationWithItsWord_NonBreakingSpacesBeforeColonsAndInsideGuillemets(string cle)
    {
        var francais = Textes.Francais[cle];

        Assert.DoesNotMatch(@" [:;?!»]", francais);
        Assert.DoesNotMatch(@"« ", francais);
    }
}
