using Conventions.Erreurs;
using Conventions.Valeurs;

namespace Conventions.Tests.Valeurs;

public sealed class ValeursTests
{
    [Theory]
    [InlineData("0455.266.926")]
    [InlineData("0455266926")]
    [InlineData("BE 0455 266 926")]
    [InlineData("455.266.926")]
    public void R28_Bce_SeedNumberIsValidHoweverWritten(string saisie)
    {
        Assert.Equal("0455.266.926", NumeroBce.Depuis(saisie).ToString());
    }

    [Fact]
    public void R28_Bce_WrongCheckDigits_SaysTheKeyDoesNotMatch()
    {
        var erreur = Assert.Throws<RegleMetierException>(() => NumeroBce.Depuis("0455.266.927"));

        Assert.Equal(CodesErreur.BceCle, erreur.Code);
        Assert.Equal("0455.266.927", erreur.Arguments[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2455.266.926")]
    [InlineData("0455.266.92")]
    [InlineData("0455.2A6.926")]
    public void R28_Bce_NotTenDigitsStartingWith0Or1_IsAFormatError(string saisie)
    {
        Assert.Equal(CodesErreur.BceFormat, Assert.Throws<RegleMetierException>(() => NumeroBce.Depuis(saisie)).Code);
    }

    [Theory]
    [InlineData("sophie.lambert@cpas-seraing.be", true)]
    [InlineData("marc@forem.be", true)]
    [InlineData("marc@forem", false)]
    [InlineData("marc forem@forem.be", false)]
    [InlineData("@forem.be", false)]
    public void AdresseMail_Depuis_AcceptsOnlyRealAddresses(string saisie, bool valide)
    {
        if (valide)
        {
            Assert.Equal(saisie, AdresseMail.Depuis(saisie).Valeur);
        }
        else
        {
            Assert.Equal(CodesErreur.MailInvalide, Assert.Throws<RegleMetierException>(() => AdresseMail.Depuis(saisie)).Code);
        }
    }

    [Theory]
    [InlineData("04 123 45 67", true)]
    [InlineData("+32 4 123 45 67", true)]
    [InlineData("0032/4.123.45.67", true)]
    [InlineData("123", false)]
    [InlineData("04 ABC 45 67", false)]
    public void Telephone_Depuis_AcceptsBelgianWritings(string saisie, bool valide)
    {
        if (valide)
        {
            Assert.Equal(saisie, Telephone.Depuis(saisie).Valeur);
        }
        else
        {
            Assert.Equal(CodesErreur.TelephoneInvalide, Assert.Throws<RegleMetierException>(() => Telephone.Depuis(saisie)).Code);
        }
    }

    [Fact]
    public void Montant_Depuis_PositiveWithTwoDecimalsAtMost()
    {
        Assert.Equal(400_000m, Montant.Depuis(400_000m).Euros);
        Assert.Equal(CodesErreur.MontantNegatif, Assert.Throws<RegleMetierException>(() => Montant.Depuis(-1m)).Code);
        Assert.Equal(CodesErreur.MontantDecimales, Assert.Throws<RegleMetierException>(() => Montant.Depuis(12.345m)).Code);
    }

    [Fact]
    public void Texte_Borne_RemovesPastedControlCharactersAndEnforcesLength()
    {
        Assert.Equal("Objectif\ncommun", Texte.Borne("A1", " Objectif\u0007\ncommun\u0000 ", 100));
        var erreur = Assert.Throws<RegleMetierException>(() => Texte.Borne("A1", new string('x', 101), 100));
        Assert.Equal(CodesErreur.TexteTropLong, erreur.Code);
        Assert.Equal(CodesErreur.TexteManquant, Assert.Throws<RegleMetierException>(() => Texte.Borne("A1", " \u0007 ", 100)).Code);
    }

    [Fact]
    public void Periode_Reversed_IsRefused()
    {
        Assert.Equal(CodesErreur.PeriodeInversee, Assert.Throws<RegleMetierException>(() => new Periode(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1))).Code);
    }
}
