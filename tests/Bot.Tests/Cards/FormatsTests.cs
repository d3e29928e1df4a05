using Conventions.Catalogue;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Tests.Cards;

/// <summary>Numbers and dates as a person writes them: long in sentences, short in tables, thousands grouped, typed values shown back as typed.</summary>
public sealed class FormatsTests
{
    private const char Insecable = '\u00A0';
    private const char Fine = '\u202F';

    // 23:59 in Brussels (summer time) on Monday 31 May 2027, and 9:05 on Tuesday 1 June.
    private static readonly DateTimeOffset FinDeMai = new(2027, 5, 31, 21, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PremierJuin = new(2027, 6, 1, 7, 5, 0, TimeSpan.Zero);

    [Fact]
    public void Instant_InASentence_IsWrittenInFullInBrusselsTime()
    {
        Assert.Equal($"lundi 31 mai 2027 à 23{Insecable}h{Insecable}59", Formats.Instant(FinDeMai, Textes.Francais.Culture));
        Assert.Equal("Monday 31 May 2027 at 23:59", Formats.Instant(FinDeMai, Textes.Anglais.Culture));
    }

    [Fact]
    public void Jour_FirstOfTheMonth_IsAnOrdinalInFrench()
    {
        Assert.Equal($"mardi 1er juin 2027 à 9{Insecable}h{Insecable}05", Formats.Instant(PremierJuin, Textes.Francais.Culture));
        Assert.Equal("mardi 1er juin 2027", Formats.Jour(new DateOnly(2027, 6, 1), Textes.Francais.Culture));
        Assert.Equal("Tuesday 1 June 2027", Formats.Jour(new DateOnly(2027, 6, 1), Textes.Anglais.Culture));
    }

    [Fact]
    public void Court_InATable_IsDayFirstInBothLanguages()
    {
        Assert.Equal("31/05/2027 23:59", Textes.Francais.Court(FinDeMai));
        Assert.Equal("31/05/2027 23:59", Textes.Anglais.Court(FinDeMai));
        Assert.Equal("01/06/2027", Textes.Anglais.Court(new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void Format_DateValues_AreWrittenInFullInsideTheSentence()
    {
        var francais = Textes.Francais.Format(CleTexte.VoteRappel, "Dossier de Seraing", FinDeMai);

        Assert.Contains($"le lundi 31 mai 2027 à 23{Insecable}h{Insecable}59", francais, StringComparison.Ordinal);
        Assert.Contains("Monday 31 May 2027 at 23:59", Textes.Anglais.Format(CleTexte.VoteRappel, "Seraing's dossier", FinDeMai), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10_000_000, "10 000 000", "10,000,000")]
    [InlineData(64_000, "64 000", "64,000")]
    [InlineData(1_250, "1250", "1250")]
    [InlineData(2027, "2027", "2027")]
    public void Nombre_GroupsThousandsFromFiveDigits_SoAYearNeverIs(long nombre, string francais, string anglais)
    {
        Assert.Equal(francais.Replace(' ', Fine), Formats.Nombre(nombre, Textes.Francais.Culture));
        Assert.Equal(anglais, Formats.Nombre(nombre, Textes.Anglais.Culture));
    }

    [Fact]
    public void Erreur_TheMaximumOfACount_IsWrittenGrouped()
    {
        var erreur = Assert.Throws<Conventions.Erreurs.RegleMetierException>(() =>
            Conventions.Dossiers.SaisieDeChamp.Normaliser(Champ(NatureDeChamp.Nombre), "une trentaine", Formulaire, Appel));

        Assert.Contains($"au plus 10{Fine}000{Fine}000", Textes.Francais.Erreur(erreur), StringComparison.Ordinal);
        Assert.Contains("10,000,000 at most", Textes.Anglais.Erreur(erreur), StringComparison.Ordinal);
    }

    [Fact]
    public void Montant_HasTwoDecimalsAndTheEuroSignKeptOnItsLine()
    {
        Assert.Equal($"12{Fine}500,50{Insecable}€", Formats.Montant(12_500.5m, Textes.Francais.Culture));
        Assert.Equal("€12,500.50", Formats.Montant(12_500.5m, Textes.Anglais.Culture));
    }

    [Theory]
    [InlineData(NatureDeChamp.Nombre, "64000", "64 000", "64 000")]
    [InlineData(NatureDeChamp.Nombre, "1250", "1 250", "1 250")]
    [InlineData(NatureDeChamp.Montant, "64000.00", "64 000", "64 000")]
    [InlineData(NatureDeChamp.Montant, "1234.50", "1 234,50", "1 234.50")]
    [InlineData(NatureDeChamp.Date, "2027-05-31", "2027-05-31", "2027-05-31")]
    public void Saisissable_AStoredValueGoesBackIntoItsFieldAsItWasTyped(NatureDeChamp nature, string stockee, string francais, string anglais)
    {
        var champ = Champ(nature);

        var enFrancais = ValeurAffichee.Saisissable(champ, stockee, Textes.Francais.Culture);
        Assert.Equal(francais.Replace(' ', Fine), enFrancais);
        Assert.Equal(anglais.Replace(' ', Fine), ValeurAffichee.Saisissable(champ, stockee, Textes.Anglais.Culture));
        Assert.Equal(stockee, Conventions.Dossiers.SaisieDeChamp.Normaliser(champ, enFrancais, Formulaire, Appel));
    }

    private static readonly Conventions.Dossiers.AppelAProjets Appel =
        new("ilc-2027", "Initiatives locales 2027", "initiative-locale", FinDeMai.AddDays(-30), FinDeMai);

    private static FormulaireDeDossier Formulaire => CatalogueDesConventions.Charger().Formulaires["initiative-locale"];

    private static DefinitionDeChamp Champ(NatureDeChamp nature) => Formulaire.Champs.SelectMany(c => (DefinitionDeChamp[])[c, .. c.Colonnes ?? []]).First(c => c.Nature == nature);
}
