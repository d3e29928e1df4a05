using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Seances;
using Conventions.Votes;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Seances;

/// <summary>A committee's meeting, its agenda and its minutes (R05, R10; seed 002 art. 5).</summary>
public sealed class SeanceTests
{
    private static readonly DateTimeOffset Le1erFevrier = new(2027, 2, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset ReunionDu15Mars = new(2027, 3, 15, 14, 0, 0, TimeSpan.FromHours(1));

    private static Comite Suivi()
    {
        var comite = ComiteDeSuivi();
        comite.DesignerPresidence(Membre(1), Membre(101), new DateOnly(2027, 1, 1), LeSecretariat, Maintenant);
        return comite;
    }

    private static PointDeLOrdreDuJour Point(string intitule) => new(ScrutinId.Nouveau(), NatureDeLObjet.PlanDActions, Guid.NewGuid().ToString("N"), intitule, new string('a', 64), Secret: false);

    private static DecisionConsignee Consignee(PointDeLOrdreDuJour point, Decision decision = Decision.Adopte) =>
        new(point.Scrutin, point.Intitule, decision, 6, 1, 1, ReunionDu15Mars.AddHours(2));

    [Fact]
    public void R10_OnlyThePresidentPlansTheMeeting_InTheFuture()
    {
        var suivi = Suivi();

        Assert.Equal(CodesErreur.ReserveAuSecretariat, Assert.Throws<RegleMetierException>(() => Seance.Planifier(SeanceId.Nouveau(), suivi, ModeDeSeance.Reunion, ReunionDu15Mars, Membre(2), Le1erFevrier)).Code);
        Assert.Equal(CodesErreur.SeancePassee, Assert.Throws<RegleMetierException>(() => Seance.Planifier(SeanceId.Nouveau(), suivi, ModeDeSeance.Reunion, Le1erFevrier.AddDays(-1), Membre(1), Le1erFevrier)).Code);
        Assert.Equal(ReunionDu15Mars, Seance.Planifier(SeanceId.Nouveau(), suivi, ModeDeSeance.Reunion, ReunionDu15Mars, Membre(1), Le1erFevrier).Date);
    }

    [Fact]
    public void EcheanceDesVotes_AMeetingsVotesCloseAtTheEndOfItsDayInBrussels_AWrittenProcedureAtItsDeadline()
    {
        var suivi = Suivi();
        var reunion = Seance.Planifier(SeanceId.Nouveau(), suivi, ModeDeSeance.Reunion, ReunionDu15Mars, Membre(1), Le1erFevrier);
        var ecrite = Seance.Planifier(SeanceId.Nouveau(), suivi, ModeDeSeance.ProcedureEcrite, ReunionDu15Mars, Membre(1), Le1erFevrier);

        Assert.Equal(new DateTimeOffset(2027, 3, 16, 0, 0, 0, TimeSpan.FromHours(1)), reunion.EcheanceDesVotes);
        Assert.Equal(ReunionDu15Mars, ecrite.EcheanceDesVotes);
    }

    [Fact]
    public void Inscrire_ThreeItems_EachOnceAndOnlyBeforeTheMeeting()
    {
        var suivi = Suivi();
        var seance = Seance.Planifier(SeanceId.Nouveau(), suivi, ModeDeSeance.Reunion, ReunionDu15Mars, Membre(1), Le1erFevrier);
        var points = new[] { Point("Plan d'actions 2027"), Point("Convention particulière"), Point("Compte-rendu du 1er février") };

        Assert.All(points, p => Assert.True(seance.Inscrire(p, suivi, Membre(1), Le1erFevrier)));
        Assert.False(seance.Inscrire(points[0], suivi, Membre(1), Le1erFevrier));

        Assert.Equal(3, seance.Points.Count);
        Assert.Equal(CodesErreur.ReserveAuSecretariat, Assert.Throws<RegleMetierException>(() => seance.Inscrire(Point("Autre"), suivi, Membre(102), Le1erFevrier)).Code);
        Assert.Equal(CodesErreur.SeancePassee, Assert.Throws<RegleMetierException>(() => seance.Inscrire(Point("Trop tard"), suivi, Membre(1), ReunionDu15Mars.AddDays(1))).Code);
    }

    [Fact]
    public void RedigerLeCompteRendu_BeforeEveryItemIsDecided_IsRefused_AfterwardsGathersTheDecisionsInTheAgendasOrder()
    {
        var suivi = Suivi();
        var seance = Seance.Planifier(SeanceId.Nouveau(), suivi, ModeDeSeance.Reunion, ReunionDu15Mars, Membre(1), Le1erFevrier);
        var (a, b) = (Point("Plan d'actions 2027"), Point("Convention particulière"));
        seance.Inscrire(a, suivi, Membre(1), Le1erFevrier);
        seance.Inscrire(b, suivi, Membre(1), Le1erFevrier);

        Assert.Equal(CodesErreur.CompteRenduAvantLesDecisions, Assert.Throws<RegleMetierException>(() => seance.RedigerLeCompteRendu(suivi, [Consignee(a)], "Notes", Membre(1), ReunionDu15Mars)).Code);

        seance.RedigerLeCompteRendu(suivi, [Consignee(b, Decision.Rejete), Consignee(a)], "Présents : huit membres.", Membre(1), ReunionDu15Mars.AddHours(3));

        Assert.Equal([a.Intitule, b.Intitule], seance.Decisions.Select(d => d.Intitule));
        Assert.Equal(EtatDuCompteRendu.Redige, seance.CompteRendu);
        Assert.Equal("Présents : huit membres.", seance.Notes);
    }

    [Fact]
    public void TheMinutes_ApprovedAtTheNextMeeting_OnTheVersionSubmitted()
    {
        var suivi = Suivi();
        var seance = Seance.Planifier(SeanceId.Nouveau(), suivi, ModeDeSeance.Reunion, ReunionDu15Mars, Membre(1), Le1erFevrier);
        var point = Point("Plan d'actions 2027");
        seance.Inscrire(point, suivi, Membre(1), Le1erFevrier);
        seance.RedigerLeCompteRendu(suivi, [Consignee(point)], null, Membre(1), ReunionDu15Mars.AddHours(3));
        var suivante = Seance.Planifier(SeanceId.Nouveau(), suivi, ModeDeSeance.Reunion, ReunionDu15Mars.AddMonths(2), Membre(1), ReunionDu15Mars.AddDays(1));

        Assert.Equal(CodesErreur.CompteRenduAUneSeanceSuivante, Assert.Throws<RegleMetierException>(() => seance.SoumettreLeCompteRendu(seance, Membre(1), ReunionDu15Mars.AddDays(1))).Code);
        var empreinte = seance.SoumettreLeCompteRendu(suivante, Membre(1), ReunionDu15Mars.AddDays(1));
        Assert.Equal(CodesErreur.CompteRenduNonModifiable, Assert.Throws<RegleMetierException>(() => seance.RedigerLeCompteRendu(suivi, [Consignee(point)], "Changé", Membre(1), ReunionDu15Mars.AddDays(2))).Code);

        ResultatDuScrutin Vote(Decision decision, string hash) => new(6, 0, 2, 8, 8, new Dictionary<string, int>(), decision, false, null, [], ReunionDu15Mars.AddMonths(2), hash);
        Assert.False(seance.AppliquerLeVoteSurLeCompteRendu(Vote(Decision.Adopte, "autre"), null, LeSecretariat, ReunionDu15Mars.AddMonths(2)));
        Assert.True(seance.AppliquerLeVoteSurLeCompteRendu(Vote(Decision.Adopte, empreinte), null, LeSecretariat, ReunionDu15Mars.AddMonths(2)));
        Assert.Equal(EtatDuCompteRendu.Approuve, seance.CompteRendu);
    }
}
