using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Erreurs;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Comites;

public sealed class ComiteTests
{
    private static readonly DateOnly Debut = new(2026, 1, 1);

    [Fact]
    public void R04_ComiteDAccompagnement_OnePlusOnePlusFourPlusFourPlusOne_ChairedByTheEmploymentMinistersRepresentative()
    {
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", StatutsDAccompagnement, MembresDAccompagnement(), LeSecretariat, Maintenant);

        Assert.Equal(11, comite.Votants.Count());
        Assert.Equal("MinistreEmploi", comite.Membre(comite.President(Debut)!.Value)!.Cote);
    }

    [Fact]
    public void R04_ComiteDAccompagnement_AFifthForemSeat_IsRefusedNamingTheSide()
    {
        var membres = MembresDAccompagnement().Append(new MembreDeComite(Membre(299), "Forem 5", "Forem", "Forem"));

        var erreur = Assert.Throws<RegleMetierException>(() => Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", StatutsDAccompagnement, membres, LeSecretariat, Maintenant));

        Assert.Equal(CodesErreur.SiegesIncorrects, erreur.Code);
        Assert.Equal(["Comité d'accompagnement", "Forem", 4, 5], erreur.Arguments);
    }

    [Fact]
    public void R05_ComiteDAccompagnement_SecretariatIsForem()
    {
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", StatutsDAccompagnement, MembresDAccompagnement(), LeSecretariat, Maintenant);

        var secretariat = comite.Secretariat(Debut);

        Assert.Equal(4, secretariat.Count);
        Assert.All(secretariat, m => Assert.Equal("Forem", comite.Membre(m)!.Cote));
    }

    [Fact]
    public void R07_ComiteDeSuivi_EqualSeatsAtMostEightVoting()
    {
        Assert.Equal(8, ComiteDeSuivi(parCote: 4).Votants.Count());
        Assert.Equal(CodesErreur.TropDeVotants, Assert.Throws<RegleMetierException>(() => ComiteDeSuivi(parCote: 5)).Code);
        var desequilibre = MembresDeSuivi(3).Append(new MembreDeComite(Membre(50), "Forem 4", "Forem", "Forem"));
        var erreur = Assert.Throws<RegleMetierException>(() => Comite.Constituer(ComiteId.Nouveau(), "CS", StatutsDeSuivi, desequilibre, LeSecretariat, Maintenant));
        Assert.Equal(CodesErreur.PariteRompue, erreur.Code);
    }

    [Fact]
    public void R07_ComiteDeSuivi_ReplacingAMemberKeepsParity_ButALoneDepartureIsRefused()
    {
        var comite = ComiteDeSuivi(parCote: 3);

        comite.ModifierComposition([new MembreDeComite(Membre(60), "Nouveau Forem", "Forem", "Forem")], [Membre(1)], LeSecretariat, Maintenant);

        Assert.Contains(comite.Membres, m => m.Membre == Membre(60));
        Assert.Equal(CodesErreur.PariteRompue, Assert.Throws<RegleMetierException>(() => comite.ModifierComposition([], [Membre(2)], LeSecretariat, Maintenant)).Code);
        Assert.Equal(6, comite.Votants.Count());
    }

    [Fact]
    public void R08_Presidency_OneYear_AlternatesSides()
    {
        var comite = ComiteDeSuivi();

        var premier = comite.DesignerPresidence(Membre(1), Membre(101), Debut, LeSecretariat, Maintenant);
        var second = comite.DesignerPresidence(Membre(102), Membre(2), Debut.AddYears(1), LeSecretariat, Maintenant);

        Assert.Equal(Debut.AddYears(1).AddDays(-1), premier.Periode.Fin);
        Assert.Equal(Membre(1), comite.President(new DateOnly(2026, 6, 1)));
        Assert.Equal(Membre(102), comite.President(new DateOnly(2027, 6, 1)));
        Assert.Equal(Debut.AddYears(2).AddDays(-1), second.Periode.Fin);
    }

    [Fact]
    public void R08_Presidency_NeverBothFromOneSide()
    {
        var erreur = Assert.Throws<RegleMetierException>(() => ComiteDeSuivi().DesignerPresidence(Membre(1), Membre(2), Debut, LeSecretariat, Maintenant));

        Assert.Equal(CodesErreur.PresidenceMemeCote, erreur.Code);
    }

    [Fact]
    public void R08_Presidency_SameSideTwiceInARow_IsRefused()
    {
        var comite = ComiteDeSuivi();
        comite.DesignerPresidence(Membre(1), Membre(101), Debut, LeSecretariat, Maintenant);

        var erreur = Assert.Throws<RegleMetierException>(() => comite.DesignerPresidence(Membre(2), Membre(102), Debut.AddYears(1), LeSecretariat, Maintenant));

        Assert.Equal(CodesErreur.PresidenceNonAlternee, erreur.Code);
        Assert.Equal(CodesErreur.MandatChevauchant, Assert.Throws<RegleMetierException>(() => comite.DesignerPresidence(Membre(102), Membre(2), Debut.AddMonths(6), LeSecretariat, Maintenant)).Code);
    }

    [Fact]
    public void R09_PermanentGuests_AttendWithoutAVote()
    {
        var invites = new[]
        {
            new MembreDeComite(Membre(70), "Responsable CEFO", "Cefo", "CEFO Liège", Invite: true),
            new MembreDeComite(Membre(71), "Responsable MIRE", "Mire", "MIRE Liège", Invite: true),
        };
        var comite = Comite.Constituer(ComiteId.Nouveau(), "CS Liège", StatutsDeSuivi, MembresDeSuivi(4).Concat(invites), LeSecretariat, Maintenant);

        Assert.Equal(10, comite.Membres.Count);
        Assert.Equal(8, comite.Votants.Count());
        var votantMire = new MembreDeComite(Membre(72), "MIRE votant", "Mire", "MIRE", Invite: false);
        Assert.Equal(CodesErreur.InviteSansVoix, Assert.Throws<RegleMetierException>(() => Comite.Constituer(ComiteId.Nouveau(), "CS", StatutsDeSuivi, MembresDeSuivi(4).Append(votantMire), LeSecretariat, Maintenant)).Code);
        Assert.Equal(CodesErreur.PasMembreVotant, Assert.Throws<RegleMetierException>(() => comite.DesignerPresidence(Membre(70), Membre(1), Debut, LeSecretariat, Maintenant)).Code);
    }

    [Fact]
    public void R10_ComiteDeSuivi_SecretariatIsHeldByItsPresident()
    {
        var comite = ComiteDeSuivi();
        comite.DesignerPresidence(Membre(101), Membre(1), Debut, LeSecretariat, Maintenant);

        Assert.Equal([Membre(101)], comite.Secretariat(new DateOnly(2026, 3, 1)));
        Assert.Equal(TypeDeSecretariat.President, StatutsDeSuivi.Secretariat.Type);
    }

    [Fact]
    public void R12_Dashboard_IsUpToDateOnlyIfEveryOpenActionWasUpdatedRecently()
    {
        var tableau = new TableauDeBordDesActions();
        tableau.MettreAJour("Permanence Forem au CPAS", EtatDeLAction.EnCours, new DateOnly(2026, 1, 10));
        tableau.MettreAJour("Séance d'information article 60", EtatDeLAction.Realisee, new DateOnly(2025, 6, 1));

        Assert.True(tableau.EstAJour(new DateOnly(2026, 4, 10)));
        Assert.Equal(["Permanence Forem au CPAS"], tableau.ActionsNonAJour(new DateOnly(2026, 4, 11)).Select(a => a.Action));
    }

    [Fact]
    public void R13_YearlyReports_ComiteDeSuiviReportsAndComiteDAccompagnementEvaluatesForTheMinisters()
    {
        Assert.Equal("comite-accompagnement", StatutsDeSuivi.Obligation!.Destinataire);
        Assert.Equal("Ministres", StatutsDAccompagnement.Obligation!.Destinataire);
        Assert.Equal([2024, 2025], ObligationsAnnuelles.RapportsDus(StatutsDeSuivi, new DateOnly(2024, 5, 1), new DateOnly(2026, 3, 1), new HashSet<int>()));
        Assert.Equal([2025], ObligationsAnnuelles.RapportsDus(StatutsDAccompagnement, new DateOnly(2024, 5, 1), new DateOnly(2026, 3, 1), new HashSet<int> { 2024 }));
    }
}
