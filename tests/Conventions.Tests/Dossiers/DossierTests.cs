using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;
using Conventions.Votes;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Dossiers;

public sealed class DossierTests
{
    /// <summary>Seed 004: "à envoyer pour le vendredi 31 mai 2019 au plus tard".</summary>
    private static readonly AppelAProjets Appel = new("appel-2019", "Initiatives locales de coopération 2019", "initiative-locale",
        new DateTimeOffset(2019, 5, 9, 0, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2019, 5, 31, 23, 59, 59, TimeSpan.FromHours(2)));

    private static readonly DateTimeOffset EnMai = new(2019, 5, 20, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly MembreId Agent = Membre(101);
    private static readonly MembreId Analyste = Membre(500);

    private static DossierDeProposition Complet()
    {
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), Appel, Agent, EnMai);
        foreach (var champ in InitiativeLocale.ChampsObligatoiresDuDossier!)
        {
            dossier.Renseigner(champ, $"valeur de {champ}", Agent);
        }

        return dossier;
    }

    /// <summary>A complete dossier, submitted, analysed and on the committee's agenda.</summary>
    private static DossierDeProposition InscritAuComite()
    {
        var dossier = Complet();
        dossier.Soumettre(Appel, InitiativeLocale, "sha256:v1", Agent, EnMai);
        dossier.PrendreEnAnalyse(Analyste, EnMai);
        dossier.InscrireAuComite(Analyste, EnMai);
        return dossier;
    }

    private static ResultatDuScrutin Vote(DossierDeProposition dossier, bool favorable)
    {
        var comite = ComiteDeSuivi();
        comite.DesignerPresidence(Membre(1), Membre(102), new DateOnly(2019, 1, 1), LeSecretariat, EnMai);
        var scrutin = Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.Dossier, dossier.Id.ToString(), "Dossier", dossier.EmpreinteSoumise!), false, EnMai.AddDays(30), LeSecretariat, EnMai);
        foreach (var membre in comite.Votants)
        {
            scrutin.Voter(membre.Membre, favorable ? Choix.Pour : Choix.Contre, EnMai.AddDays(1));
        }

        return scrutin.Cloturer(Membre(1), EnMai.AddDays(2));
    }

    [Fact]
    public void R01_MissingMandatoryFields_CannotBeSubmitted_AndAreListed()
    {
        var dossier = Complet();
        dossier.Renseigner("cooperationProposee.indicateurs", "", Agent);
        dossier.Renseigner("identification.cpas.dpo.mail", null, Agent);

        var erreur = Assert.Throws<RegleMetierException>(() => dossier.Soumettre(Appel, InitiativeLocale, "sha256:v1", Agent, EnMai));

        Assert.Equal(CodesErreur.ChampsObligatoiresManquants, erreur.Code);
        Assert.Contains("cooperationProposee.indicateurs", (string)erreur.Arguments[0], StringComparison.Ordinal);
        Assert.Contains("identification.cpas.dpo.mail", (string)erreur.Arguments[0], StringComparison.Ordinal);
        Assert.Equal(EtatDuDossier.Brouillon, dossier.Etat);
    }

    [Fact]
    public void R02_AfterFriday31May_CannotBeSubmitted_AndTheClosingTimeIsGiven()
    {
        var dossier = Complet();

        var erreur = Assert.Throws<RegleMetierException>(() => dossier.Soumettre(Appel, InitiativeLocale, "sha256:v1", Agent, new DateTimeOffset(2019, 6, 1, 0, 0, 1, TimeSpan.FromHours(2))));

        Assert.Equal(CodesErreur.AppelClos, erreur.Code);
        Assert.Equal(Appel.Cloture, erreur.Arguments[1]);
        dossier.Soumettre(Appel, InitiativeLocale, "sha256:v1", Agent, Appel.Cloture);
        Assert.Equal(EtatDuDossier.Soumis, dossier.Etat);
    }

    [Fact]
    public void R03_SubmittedGoesToAnalystsThenCommittee_ApprovalLeadsToALocalConvention()
    {
        var dossier = Complet();
        dossier.Soumettre(Appel, InitiativeLocale, "sha256:v1", Agent, EnMai);

        Assert.Equal(CodesErreur.TransitionInterdite, Assert.Throws<RegleMetierException>(() => dossier.InscrireAuComite(Analyste, EnMai)).Code);
        dossier.PrendreEnAnalyse(Analyste, EnMai);
        dossier.RenvoyerPourCorrection("Précisez les indicateurs B7.", Analyste, EnMai);
        Assert.True(dossier.EstModifiable);
        dossier.Renseigner("cooperationProposee.indicateurs", "Nombre de personnes orientées vers une formation qualifiante", Agent);
        dossier.Soumettre(Appel, InitiativeLocale, "sha256:v2", Agent, EnMai.AddDays(1));
        dossier.PrendreEnAnalyse(Analyste, EnMai.AddDays(2));
        dossier.InscrireAuComite(Analyste, EnMai.AddDays(2));
        dossier.EnregistrerAvisDePertinence(Vote(dossier, favorable: true), LeSecretariat, EnMai.AddDays(3));
        dossier.Decider(Vote(dossier, favorable: true), InitiativeLocale, null, LeSecretariat, EnMai.AddDays(4));

        Assert.Equal((EtatDuDossier.Approuve, 2), (dossier.Etat, dossier.Version));
        var convention = Convention.Rediger(ConventionId.Nouveau(), InitiativeLocale, [Forem, Cpas()],
            new ParametresDeDuree(PeriodeProposee: new Periode(new DateOnly(2019, 9, 1), new DateOnly(2021, 8, 31))), "sha256:convention-v1", LeSecretariat, EnMai.AddDays(5), dossier: dossier);
        Assert.Equal(dossier.Id, convention.Dossier);
        Assert.Equal(["dossier.soumis", "dossier.en-analyse", "dossier.renvoye", "dossier.soumis", "dossier.en-analyse", "dossier.inscrit-au-comite", "dossier.avis-de-pertinence", "dossier.approuve"], dossier.EntreesAJournaliser.Select(e => e.Action));
    }

    [Fact]
    public void R03_TheApprovedDossiersConvention_IsDrawnUpFromItsData_AsItsFormSays()
    {
        var formulaire = LeCatalogue.Formulaires["initiative-locale"];
        var dossier = Complet();
        foreach (var (champ, valeur) in new Dictionary<string, string>
        {
            ["identification.cpas.nom"] = "CPAS de Seraing", ["identification.cpas.bce"] = Bce(4).ToString(),
            ["identification.cpas.president"] = "Paul Dupont", ["identification.cpas.directionGenerale"] = "Anne Martin",
            ["identification.cpas.contact.nom"] = "Sophie Lambert", ["identification.cpas.contact.mail"] = "sophie.lambert@cpas-seraing.be", ["identification.cpas.contact.telephone"] = "04 330 12 34",
            ["identification.forem.contact.nom"] = "Marc Henry", ["identification.forem.contact.mail"] = "marc.henry@forem.be", ["identification.forem.contact.telephone"] = "04 229 11 11",
            ["cooperationProposee.periode.debut"] = "2019-09-01", ["cooperationProposee.periode.fin"] = "2021-08-31", ["identification.forem.bassin"] = "Liège",
        })
        {
            dossier.Renseigner(champ, valeur, Agent);
        }

        dossier.Soumettre(Appel, InitiativeLocale, "sha256:v1", Agent, EnMai);
        dossier.PrendreEnAnalyse(Analyste, EnMai);
        dossier.InscrireAuComite(Analyste, EnMai);
        Assert.Equal(CodesErreur.DossierNonApprouve, Assert.Throws<RegleMetierException>(() => ConventionDuDossier.Rediger(dossier, formulaire, InitiativeLocale, LeSecretariat, EnMai)).Code);
        dossier.EnregistrerAvisDePertinence(Vote(dossier, favorable: true), LeSecretariat, EnMai);
        dossier.Decider(Vote(dossier, favorable: true), InitiativeLocale, null, LeSecretariat, EnMai);

        var convention = ConventionDuDossier.Rediger(dossier, formulaire, InitiativeLocale, LeSecretariat, EnMai);

        Assert.Equal(ConventionDuDossier.IdDe(dossier.Id), convention.Id);
        Assert.Equal(["Le Forem", "CPAS de Seraing"], convention.Parties.Select(p => p.Nom));
        Assert.Equal(Bce(4), convention.Parties[1].Bce);
        Assert.Equal("marc.henry@forem.be", convention.Parties[0].Referent?.Mail.Valeur);
        Assert.Equal(new Periode(new DateOnly(2019, 9, 1), new DateOnly(2021, 8, 31)), convention.Parametres.PeriodeProposee);
        Assert.Equal("Liège", convention.Bassin);
        Assert.Equal(convention.EmpreinteEnVigueur, ConventionDuDossier.Rediger(dossier, formulaire, InitiativeLocale, LeSecretariat, EnMai.AddDays(1)).EmpreinteEnVigueur);
        Assert.Equal("Anne Martin", ConventionDuDossier.NomsDesSignataires(convention, dossier, formulaire)[("CPAS de Seraing", "DirecteurGeneral")]);
    }

    [Fact]
    public void R06_ApprovedOnlyOnAFavourableAvisDePertinence()
    {
        var dossier = InscritAuComite();

        Assert.Equal(CodesErreur.AvisDePertinenceRequis, Assert.Throws<RegleMetierException>(() => dossier.Decider(Vote(dossier, true), InitiativeLocale, null, LeSecretariat, EnMai)).Code);
        dossier.EnregistrerAvisDePertinence(Vote(dossier, favorable: false), LeSecretariat, EnMai);
        Assert.Equal(CodesErreur.AvisDePertinenceRequis, Assert.Throws<RegleMetierException>(() => dossier.Decider(Vote(dossier, true), InitiativeLocale, null, LeSecretariat, EnMai)).Code);
        Assert.Equal("comite-suivi", InitiativeLocale.AvisPrealable);
        Assert.Equal("comite-accompagnement", InitiativeLocale.Comite);
    }

    [Fact]
    public void R06_NextVote_IsTheAvisUntilOneIsRecorded_ThenTheDecision_AndAKindWithoutAvisGoesStraightToTheDecision()
    {
        var dossier = InscritAuComite();

        Assert.Equal(new ProchainVote(EtapeDuComite.Avis, "comite-suivi"), dossier.ProchainVote(InitiativeLocale));
        dossier.EnregistrerAvisDePertinence(Vote(dossier, favorable: true), LeSecretariat, EnMai);
        Assert.Equal(new ProchainVote(EtapeDuComite.Decision, "comite-accompagnement"), dossier.ProchainVote(InitiativeLocale));
        Assert.Equal(new ProchainVote(EtapeDuComite.Decision, "comite-accompagnement"), InscritAuComite().ProchainVote(InitiativeLocale with { AvisPrealable = null }));
    }

    [Fact]
    public void R06_TheSuiviVoteIsTheAvis_TheAccompagnementVoteTheDecision_AVoteWithoutQuorumOrFromAnotherCommitteeNeither()
    {
        var dossier = InscritAuComite();
        var sansQuorum = Vote(dossier, favorable: true) with { Decision = Decision.QuorumNonAtteint };

        Assert.False(dossier.AppliquerLeVote(sansQuorum, InitiativeLocale, "comite-suivi", null, LeSecretariat, EnMai));
        Assert.False(dossier.AppliquerLeVote(Vote(dossier, favorable: true), InitiativeLocale, "autre-comite", null, LeSecretariat, EnMai));
        Assert.Null(dossier.AvisDePertinenceFavorable);
        Assert.True(dossier.AppliquerLeVote(Vote(dossier, favorable: true), InitiativeLocale, "comite-suivi", null, LeSecretariat, EnMai.AddDays(1)));
        Assert.Equal((true, EtatDuDossier.InscritAuComite), (dossier.AvisDePertinenceFavorable, dossier.Etat));
        Assert.True(dossier.AppliquerLeVote(Vote(dossier, favorable: true), InitiativeLocale, "comite-accompagnement", null, LeSecretariat, EnMai.AddDays(2)));
        Assert.Equal(EtatDuDossier.Approuve, dossier.Etat);
        Assert.False(dossier.AppliquerLeVote(Vote(dossier, favorable: false), InitiativeLocale, "comite-accompagnement", "Hors délai", LeSecretariat, EnMai.AddDays(3)));
        Assert.Equal(EtatDuDossier.Approuve, dossier.Etat);
    }

    [Fact]
    public void Decider_RejectionWithoutAReason_IsRefused_WithAReasonIsRecorded()
    {
        var dossier = InscritAuComite();
        var rejet = Vote(dossier, favorable: false);

        Assert.Equal(CodesErreur.TexteManquant, Assert.Throws<RegleMetierException>(() => dossier.Decider(rejet, InitiativeLocale, "  ", LeSecretariat, EnMai)).Code);
        dossier.Decider(rejet, InitiativeLocale, "Pas de public commun identifié.", LeSecretariat, EnMai);

        Assert.Equal((EtatDuDossier.Rejete, "Pas de public commun identifié."), (dossier.Etat, dossier.MotifDeRejet));
    }

    [Fact]
    public void Renseigner_BySomeoneNotInvited_OrAfterSubmission_IsRefused()
    {
        var dossier = Complet();

        Assert.Equal(CodesErreur.PasEditeur, Assert.Throws<RegleMetierException>(() => dossier.Renseigner("ressources", "x", Membre(7))).Code);
        dossier.InviterEditeur(Membre(7), Agent);
        dossier.Renseigner("ressources", "Un conseiller Forem une demi-journée par semaine", Membre(7));
        dossier.Soumettre(Appel, InitiativeLocale, "sha256:v1", Agent, EnMai);
        Assert.Equal(CodesErreur.DossierNonModifiable, Assert.Throws<RegleMetierException>(() => dossier.Renseigner("ressources", "x", Agent)).Code);
    }

    [Fact]
    public void Decider_VoteOnAnotherVersion_IsRefused()
    {
        var dossier = InscritAuComite();
        var vote = Vote(dossier, true) with { EmpreinteDocument = "sha256:autre" };

        Assert.Equal(CodesErreur.VersionDifferente, Assert.Throws<RegleMetierException>(() => dossier.EnregistrerAvisDePertinence(vote, LeSecretariat, EnMai)).Code);
    }
}
