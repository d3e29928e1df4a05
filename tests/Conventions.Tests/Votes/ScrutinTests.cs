using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Votes;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Votes;

public sealed class ScrutinTests
{
    private static readonly DateTimeOffset Echeance = Maintenant.AddDays(7);
    private static readonly ObjetDuVote Dossier = new(NatureDeLObjet.Dossier, "D-2026-014", "Initiative locale du CPAS de Seraing", "sha256:dossier-v1", BceDuDemandeur: Bce(101));

    private static (Comite Comite, Scrutin Scrutin) Ouvrir(bool secret = false, ObjetDuVote? objet = null)
    {
        var comite = ComiteDeSuivi();
        comite.DesignerPresidence(Membre(1), Membre(101), new DateOnly(2026, 1, 1), LeSecretariat, Maintenant);
        return (comite, Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, objet ?? Dossier, secret, Echeance, LeSecretariat, Maintenant));
    }

    private static void Voter(Scrutin scrutin, Choix choix, params int[] membres)
    {
        foreach (var m in membres)
        {
            scrutin.Voter(Membre(m), choix, Maintenant.AddMinutes(m));
        }
    }

    [Fact]
    public void Voter_MemberOfTheApplicantOrganisation_IsRecusedAndRecorded()
    {
        var (_, scrutin) = Ouvrir();

        Assert.Equal([Membre(101)], scrutin.Recuses);
        Assert.Equal(CodesErreur.MembreRecuse, Assert.Throws<RegleMetierException>(() => scrutin.Voter(Membre(101), Choix.Pour, Maintenant)).Code);
        Assert.Equal(7, scrutin.Electeurs.Count());
    }

    [Fact]
    public void Ouvrir_RecusalByCompanyNumber_NotByTheNameTyped()
    {
        var membres = MembresDeSuivi(2).Select(m => m.Membre == Membre(101) ? m with { Organisation = "C.P.A.S. Seraing" }
            : m.Membre == Membre(102) ? m with { Organisation = "CPAS de Seraing", BceDeLOrganisation = Bce(4242) } : m);
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité de suivi — Liège", StatutsDeSuivi, membres, LeSecretariat, Maintenant);

        var scrutin = Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, Dossier with { Intitule = "Initiative locale du CPAS de Seraing" }, false, Echeance, LeSecretariat, Maintenant);

        Assert.Equal([Membre(101)], scrutin.Recuses);
        Assert.Contains(Membre(102), scrutin.Electeurs);
    }

    [Fact]
    public void Ouvrir_ApplicantWithoutCompanyNumber_NobodyIsRecused()
    {
        var (_, scrutin) = Ouvrir(objet: Dossier with { BceDuDemandeur = null });

        Assert.Empty(scrutin.Recuses);
        Assert.Equal(8, scrutin.Electeurs.Count());
    }

    [Fact]
    public void Voter_GuestOrStranger_IsRefusedAndNothingIsRecorded()
    {
        var (_, scrutin) = Ouvrir();

        Assert.Equal(CodesErreur.PasElecteur, Assert.Throws<RegleMetierException>(() => scrutin.Voter(Membre(999), Choix.Pour, Maintenant)).Code);
        Assert.Equal(0, scrutin.NombreDeVotants);
    }

    [Fact]
    public void Voter_ChangeOfMind_CountsTheLastChoiceOnce()
    {
        var (_, scrutin) = Ouvrir();

        scrutin.Voter(Membre(2), Choix.Contre, Maintenant);
        scrutin.Voter(Membre(2), Choix.Pour, Maintenant.AddMinutes(1));

        Assert.Equal(Choix.Pour, scrutin.ChoixDe(Membre(2)));
        Assert.Equal(1, scrutin.NombreDeVotants);
    }

    [Fact]
    public void Cloturer_ByTheChair_MajorityOfExpressedChoices_WithWhoVotedWhat()
    {
        var (_, scrutin) = Ouvrir();
        Voter(scrutin, Choix.Pour, 1, 2, 102, 103);
        Voter(scrutin, Choix.Contre, 3);
        Voter(scrutin, Choix.Abstention, 104);

        var resultat = scrutin.Cloturer(Membre(1), Maintenant.AddHours(1));

        Assert.Equal(Decision.Adopte, resultat.Decision);
        Assert.Equal((4, 1, 1, 6, 7), (resultat.Pour, resultat.Contre, resultat.Abstention, resultat.Votants, resultat.Electeurs));
        Assert.Equal(Choix.Contre, resultat.Nominatif![Membre(3)]);
        Assert.Equal("sha256:dossier-v1", resultat.EmpreinteDocument);
        Assert.Equal(CodesErreur.ScrutinClos, Assert.Throws<RegleMetierException>(() => scrutin.Voter(Membre(4), Choix.Pour, Maintenant.AddHours(2))).Code);
    }

    [Fact]
    public void Cloturer_BeforeTheDeadlineBySomeoneElseThanTheChair_IsRefused_AtTheDeadlineByAnyone()
    {
        var (_, scrutin) = Ouvrir();
        Voter(scrutin, Choix.Pour, 1, 2, 3, 102, 103);

        Assert.Equal(CodesErreur.ClotureReserveeAuPresident, Assert.Throws<RegleMetierException>(() => scrutin.Cloturer(Membre(2), Maintenant.AddHours(1))).Code);
        Assert.Equal(Decision.Adopte, scrutin.Cloturer(MembreId.Systeme, Echeance).Decision);
    }

    [Fact]
    public void DuDossier_OneVotePerVersionStageAndAttempt_TheSameEachTimeItIsAsked()
    {
        var dossier = Conventions.Dossiers.DossierId.Nouveau();
        var premier = ScrutinId.DuDossier(dossier, 1, Conventions.Dossiers.EtapeDuComite.Avis, 1);

        Assert.Equal(premier, ScrutinId.DuDossier(dossier, 1, Conventions.Dossiers.EtapeDuComite.Avis, 1));
        Assert.Equal(5, new[]
        {
            premier,
            ScrutinId.DuDossier(dossier, 2, Conventions.Dossiers.EtapeDuComite.Avis, 1),
            ScrutinId.DuDossier(dossier, 1, Conventions.Dossiers.EtapeDuComite.Decision, 1),
            ScrutinId.DuDossier(dossier, 1, Conventions.Dossiers.EtapeDuComite.Avis, 2),
            ScrutinId.DuDossier(Conventions.Dossiers.DossierId.Nouveau(), 1, Conventions.Dossiers.EtapeDuComite.Avis, 1),
        }.Distinct().Count());
    }

    /// <summary>The chair is the one whose mandate covers the day in Brussels, not the day in UTC: 23:30 UTC on 31 December is already 1 January.</summary>
    [Fact]
    public void Ouvrir_JustAfterMidnightInBrussels_TheChairIsTheOneOfTheNewMandate()
    {
        var comite = ComiteDeSuivi();
        comite.DesignerPresidence(Membre(1), Membre(101), new DateOnly(2026, 1, 1), LeSecretariat, Maintenant);
        comite.DesignerPresidence(Membre(102), Membre(2), new DateOnly(2027, 1, 1), LeSecretariat, Maintenant);
        var nouvelAn = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

        var scrutin = Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, Dossier, false, nouvelAn.AddDays(7), LeSecretariat, nouvelAn);

        Assert.Equal(Membre(102), scrutin.President);
    }

    [Fact]
    public void Cloturer_HalfOrFewerTookPart_QuorumNotReached()
    {
        var (_, scrutin) = Ouvrir();
        Voter(scrutin, Choix.Pour, 1, 2, 102);

        Assert.Equal(Decision.QuorumNonAtteint, scrutin.Cloturer(Membre(1), Maintenant.AddHours(1)).Decision);
    }

    [Fact]
    public void Cloturer_OneSideBarelyPresent_ParityNotRespected()
    {
        var (_, scrutin) = Ouvrir();
        Voter(scrutin, Choix.Pour, 1, 2, 3, 4, 102);

        var resultat = scrutin.Cloturer(Membre(1), Maintenant.AddHours(1));

        Assert.Equal(Decision.PariteNonRespectee, resultat.Decision);
        Assert.Equal(4, resultat.ParticipationParCote["Forem"]);
        Assert.Equal(1, resultat.ParticipationParCote["Cpas"]);
    }

    [Fact]
    public void Cloturer_Tie_IsRejectedWhereTheChairHasNoCastingVote()
    {
        var (_, scrutin) = Ouvrir();
        Voter(scrutin, Choix.Pour, 1, 2, 102);
        Voter(scrutin, Choix.Contre, 3, 103, 104);

        var resultat = scrutin.Cloturer(Membre(1), Maintenant.AddHours(1));

        Assert.Equal(Decision.Rejete, resultat.Decision);
        Assert.False(resultat.VoixPreponderanteUtilisee);
    }

    [Fact]
    public void Cloturer_TieInTheComiteDAccompagnement_TheChairsVoteDecides()
    {
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", StatutsDAccompagnement, MembresDAccompagnement(), LeSecretariat, Maintenant);
        var president = comite.President(new DateOnly(2026, 3, 4))!.Value;
        var scrutin = Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, Dossier with { BceDuDemandeur = null }, false, Echeance, LeSecretariat, Maintenant);
        var votants = comite.Votants.Select(v => v.Membre).ToList();
        scrutin.Voter(president, Choix.Pour, Maintenant);
        foreach (var (membre, i) in votants.Where(v => v != president).Select((m, i) => (m, i)).Take(9))
        {
            scrutin.Voter(membre, i < 4 ? Choix.Pour : i < 9 ? Choix.Contre : Choix.Abstention, Maintenant);
        }

        var resultat = scrutin.Cloturer(president, Maintenant.AddHours(1));

        Assert.Equal((5, 5), (resultat.Pour, resultat.Contre));
        Assert.Equal(Decision.Adopte, resultat.Decision);
        Assert.True(resultat.VoixPreponderanteUtilisee);
    }

    [Fact]
    public void Secret_OutcomeHasNoNamesAndChoicesCannotBeLinkedAfterTheClose()
    {
        var (_, scrutin) = Ouvrir(secret: true);
        Voter(scrutin, Choix.Pour, 1, 2, 102, 103);
        Voter(scrutin, Choix.Contre, 3);

        Assert.Equal(Choix.Contre, scrutin.ChoixDe(Membre(3)));
        var resultat = scrutin.Cloturer(Membre(1), Maintenant.AddHours(1));

        Assert.Null(resultat.Nominatif);
        Assert.Equal((4, 1), (resultat.Pour, resultat.Contre));
        Assert.True(scrutin.AVote(Membre(3)));
        Assert.Null(scrutin.ChoixDe(Membre(3)));
        Assert.DoesNotContain(scrutin.EntreesAJournaliser, e => e.Action == "vote.exprime" && e.Details.Contains("Contre", StringComparison.Ordinal));
    }

    [Fact]
    public void Ouvrir_WithoutDocumentHashOrWithAPastDeadline_IsRefused()
    {
        var comite = ComiteDeSuivi();

        Assert.Equal(CodesErreur.EmpreinteManquante, Assert.Throws<RegleMetierException>(() => Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, Dossier with { EmpreinteDocument = "" }, false, Echeance, LeSecretariat, Maintenant)).Code);
        Assert.Equal(CodesErreur.EcheanceDepassee, Assert.Throws<RegleMetierException>(() => Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, Dossier, false, Maintenant, LeSecretariat, Maintenant)).Code);
    }
}
