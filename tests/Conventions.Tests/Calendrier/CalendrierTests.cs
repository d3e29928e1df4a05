using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Valeurs;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Calendrier;

public sealed class CalendrierTests
{
    private static DateOnly J(int annee, int mois, int jour) => new(annee, mois, jour);

    [Fact]
    public void R25_OneYearFromSignature_TacitlyRenewed_EndedAtAnyTimeByInforming()
    {
        var calendrier = new CalendrierDeConvention(PartenariatAsbl, J(2026, 3, 4));

        Assert.Equal(new Periode(J(2026, 3, 4), J(2027, 3, 3)), calendrier.Terme(0));
        Assert.Equal(new Periode(J(2027, 3, 4), J(2028, 3, 3)), calendrier.Terme(1));
        Assert.Equal(J(2026, 9, 15), calendrier.FinApresPreavis(J(2026, 9, 15)));
        Assert.Equal(FormeDuPreavis.Information, PartenariatAsbl.Preavis.Forme);
        Assert.False(PartenariatAsbl.Preavis.MotifsRequis);
    }

    [Fact]
    public void R19_R20_IndefiniteTerm_EndsThreeMonthsAfterARegisteredReasonedNotice()
    {
        var calendrier = new CalendrierDeConvention(ForemCpas, J(2026, 3, 4));

        Assert.Null(calendrier.Terme(0));
        Assert.Equal(J(2026, 12, 10), calendrier.FinApresPreavis(J(2026, 9, 10)));
        Assert.Equal((3, FormeDuPreavis.LettreRecommandee, true), (ForemCpas.Preavis.Mois, ForemCpas.Preavis.Forme, ForemCpas.Preavis.MotifsRequis));
    }

    [Fact]
    public void R15_FixedEndOn31December_RenewedYearly_NoticeOneMonthBeforeTheTerm()
    {
        var calendrier = new CalendrierDeConvention(CadreRegional, J(2005, 3, 4));

        Assert.Equal(new Periode(J(2005, 3, 4), J(2005, 12, 31)), calendrier.Terme(0));
        Assert.Equal(new Periode(J(2006, 1, 1), J(2006, 12, 31)), calendrier.Terme(1));
        Assert.Equal(J(2005, 11, 30), calendrier.DateLimiteDePreavis(calendrier.Terme(0)!.Value));
        Assert.Equal(J(2005, 12, 31), calendrier.FinApresPreavis(J(2005, 11, 30)));
        Assert.Equal(J(2006, 12, 31), calendrier.FinApresPreavis(J(2005, 12, 1)));
        Assert.Equal([J(2005, 11, 30), J(2006, 11, 30)], calendrier.EvaluationsDues(J(2006, 12, 31)));
    }

    [Fact]
    public void R15_SignedAfterTheNoticeDeadline_FirstTermCannotBeDenounced()
    {
        var calendrier = new CalendrierDeConvention(CadreRegional, J(2025, 12, 15));

        Assert.Equal(new Periode(J(2025, 12, 15), J(2025, 12, 31)), calendrier.Terme(0));
        Assert.Equal(J(2026, 12, 31), calendrier.FinApresPreavis(J(2025, 12, 16)));
    }

    [Fact]
    public void R32_SchoolCycle_NoticeByRegisteredLetter_CurrentSchoolYearAlwaysCompleted()
    {
        var calendrier = new CalendrierDeConvention(EcolePartenaire, J(2026, 10, 1), new ParametresDeDuree(AnneesDuCycle: 3, PreavisEnMois: 2));

        Assert.Equal(new Periode(J(2026, 10, 1), J(2029, 8, 31)), calendrier.Terme(0));
        Assert.Equal(new Periode(J(2029, 9, 1), J(2030, 8, 31)), calendrier.Terme(1));
        Assert.Equal(J(2027, 8, 31), calendrier.FinApresPreavis(J(2027, 1, 15)));
        Assert.Equal(J(2027, 9, 30), calendrier.FinApresPreavis(J(2027, 7, 30)));
        Assert.Equal(FormeDuPreavis.LettreRecommandee, EcolePartenaire.Preavis.Forme);
    }

    [Fact]
    public void R16_EvaluationOnEachSignatureAnniversary_AndOnRequest()
    {
        var calendrier = new CalendrierDeConvention(ForemCpas, J(2026, 3, 4));

        Assert.Equal([J(2027, 3, 4), J(2028, 3, 4), J(2029, 3, 4)], calendrier.EvaluationsDues(J(2029, 12, 31)));
        Assert.True(ForemCpas.Evaluation.SurDemande);
    }

    [Fact]
    public void R16_SignedOn29February_EvaluatedOn28FebruaryAndOn29FebruaryInLeapYears()
    {
        var calendrier = new CalendrierDeConvention(ForemCpas, J(2024, 2, 29));

        Assert.Equal([J(2025, 2, 28), J(2026, 2, 28), J(2027, 2, 28), J(2028, 2, 29)], calendrier.EvaluationsDues(J(2028, 12, 31)));
    }

    [Fact]
    public void DepuisLaSignature_SignedOn29February_TermsStayContiguousAndComeBackTo29February()
    {
        var calendrier = new CalendrierDeConvention(PartenariatAsbl, J(2024, 2, 29));

        Assert.Equal(new Periode(J(2024, 2, 29), J(2025, 2, 27)), calendrier.Terme(0));
        Assert.Equal(new Periode(J(2027, 2, 28), J(2028, 2, 28)), calendrier.Terme(3));
        Assert.Equal(J(2028, 2, 29), calendrier.Terme(4)!.Value.Debut);
    }

    [Fact]
    public void R30_SchoolFollowUpCommitteeMeetsOnceAYear()
    {
        var calendrier = new CalendrierDeConvention(EcolePartenaire, J(2026, 9, 15), new ParametresDeDuree(AnneesDuCycle: 2));

        var reunions = calendrier.EvaluationsDues(J(2030, 9, 15)).ToList();

        Assert.True(EcolePartenaire.Evaluation.ComiteDeSuiviAnnuel);
        Assert.Equal([2027, 2028, 2029, 2030], reunions.Select(r => r.Year));
    }

    [Fact]
    public void R29_Fcil_AtLeastThreeMonths_AtMostOneSchoolYear()
    {
        Assert.Equal(new Periode(J(2026, 9, 1), J(2026, 11, 30)), FormationFcil.Verifier(new Periode(J(2026, 9, 1), J(2026, 11, 30))));
        Assert.Equal(new Periode(J(2026, 9, 1), J(2027, 8, 31)), FormationFcil.Verifier(new Periode(J(2026, 9, 1), J(2027, 8, 31))));
        Assert.Equal(CodesErreur.FcilTropCourte, Assert.Throws<RegleMetierException>(() => FormationFcil.Verifier(new Periode(J(2026, 9, 1), J(2026, 11, 29)))).Code);
        Assert.Equal(CodesErreur.FcilTropLongue, Assert.Throws<RegleMetierException>(() => FormationFcil.Verifier(new Periode(J(2026, 9, 1), J(2027, 9, 1)))).Code);
    }

    [Fact]
    public void InitiativeLocale_ProposedPeriod_EndsAtItsEndOrAfterNotice()
    {
        var periode = new Periode(J(2026, 9, 1), J(2028, 8, 31));
        var calendrier = new CalendrierDeConvention(InitiativeLocale, J(2026, 7, 1), new ParametresDeDuree(PeriodeProposee: periode));

        Assert.Equal(periode, calendrier.Terme(0));
        Assert.Null(calendrier.Terme(1));
        Assert.Equal(J(2027, 4, 10), calendrier.FinApresPreavis(J(2027, 1, 10)));
        Assert.Equal(J(2028, 8, 31), calendrier.FinApresPreavis(J(2028, 7, 1)));
        Assert.Equal([J(2027, 7, 1), J(2028, 7, 1)], calendrier.EvaluationsDues(J(2030, 1, 1)));
    }

    [Fact]
    public void Construire_MissingCycleOrPeriod_SaysWhatToGive()
    {
        Assert.Equal(CodesErreur.CycleDeFormationManquant, Assert.Throws<RegleMetierException>(() => new CalendrierDeConvention(EcolePartenaire, J(2026, 9, 1))).Code);
        Assert.Equal(CodesErreur.PeriodeProposeeManquante, Assert.Throws<RegleMetierException>(() => new CalendrierDeConvention(InitiativeLocale, J(2026, 9, 1))).Code);
    }

    public static TheoryData<string> TypesAvecTermes => ["partenariat-asbl", "cadre-regional", "cooperation-ecole-partenaire", "initiative-locale"];

    [Theory]
    [MemberData(nameof(TypesAvecTermes))]
    public void Proprietes_EverySignatureDayOf2023To2029_TermsContiguousNoticeBeforeTermEndOneEvaluationAYear(string code)
    {
        var type = LeCatalogue.Type(code);
        for (var signature = J(2023, 1, 1); signature <= J(2029, 12, 31); signature = signature.AddDays(1))
        {
            var parametres = new ParametresDeDuree(AnneesDuCycle: 1 + (signature.DayNumber % 3), PeriodeProposee: new Periode(signature, signature.AddYears(2).AddDays(-1)));
            var calendrier = new CalendrierDeConvention(type, signature, parametres);
            var termes = calendrier.Termes(signature.AddYears(6)).ToList();

            Assert.Equal(signature, termes[0].Debut);
            for (var i = 0; i < termes.Count; i++)
            {
                Assert.True(calendrier.DateLimiteDePreavis(termes[i]) <= termes[i].Fin, $"{code} {signature}: notice deadline after the end of term {i}");
                if (i > 0)
                {
                    Assert.True(termes[i].Debut == termes[i - 1].Fin.AddDays(1), $"{code} {signature}: term {i} overlaps or leaves a gap");
                }
            }

            var evaluations = calendrier.EvaluationsDues(signature.AddYears(6)).ToList();
            Assert.True(evaluations.Zip(evaluations.Skip(1)).All(p => p.Second > p.First && p.Second <= p.First.AddYears(1).AddDays(1) && p.Second >= p.First.AddYears(1).AddDays(-1)), $"{code} {signature}: evaluations are not one a year");
            Assert.All(evaluations, e => Assert.True(e > signature, $"{code} {signature}: evaluation before signature"));

            var preavis = signature.AddDays(signature.DayNumber % 500);
            Assert.True(calendrier.FinApresPreavis(preavis) >= preavis, $"{code} {signature}: notice ends before it is given");
        }
    }

    [Fact]
    public void Proprietes_IndefiniteTerm_NoticeAlwaysEndsExactlyThreeMonthsLater()
    {
        for (var jour = J(2023, 1, 1); jour <= J(2029, 12, 31); jour = jour.AddDays(1))
        {
            var calendrier = new CalendrierDeConvention(ForemCpas, J(2023, 1, 1));

            Assert.Equal(jour.AddMonths(3), calendrier.FinApresPreavis(jour));
        }
    }
}
