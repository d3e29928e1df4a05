using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Valeurs;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Accords;

public sealed class ConventionTests
{
    private static readonly DateOnly Aujourdhui = Bruxelles.Jour(Maintenant);

    private static Partie Asbl(string nom, string bce) => new("Asbl", nom, Referent($"Référent {nom}"), NumeroBce.Depuis(bce));

    [Fact]
    public void R23_CpasSignsByPresidentAndDirecteurGeneral_ForemElectronicallyWithPlaceAndDate()
    {
        var convention = Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, Cpas()], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);
        DesignerForemCpas(convention, Maintenant);

        convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v1", null, Maintenant);
        Assert.Equal(EtatDeConvention.EnSignature, convention.Etat(Aujourdhui));
        Assert.Equal(CodesErreur.TexteManquant, Assert.Throws<RegleMetierException>(() => convention.Signer("Le Forem", "AdministrateurGeneral", Membre(1), "sha256:v1", null, Maintenant)).Code);
        Assert.Equal(CodesErreur.SignataireNonAutorise, Assert.Throws<RegleMetierException>(() => convention.DesignerSignataires([new Designation("CPAS de Seraing", "Secretaire", Membre(103), "Secrétaire")], LeSecretariat, Maintenant)).Code);
        Assert.Equal(CodesErreur.SignataireNonDesigne, Assert.Throws<RegleMetierException>(() => convention.Signer("CPAS de Seraing", "DirecteurGeneral", Membre(103), "sha256:v1", null, Maintenant)).Code);
        Assert.Equal(CodesErreur.SignatureAvantSonTour, Assert.Throws<RegleMetierException>(() => convention.Signer("Le Forem", "AdministrateurGeneral", Membre(1), "sha256:v1", "Charleroi", Maintenant)).Code);
        convention.Signer("CPAS de Seraing", "DirecteurGeneral", Membre(102), "sha256:v1", null, Maintenant);
        Assert.Equal([("Le Forem", "AdministrateurGeneral")], convention.SignaturesManquantes());
        Assert.Equal(Membre(1), Assert.Single(convention.SignatairesAttendus()).Signataire);
        convention.Signer("Le Forem", "AdministrateurGeneral", Membre(1), "sha256:v1", "Charleroi", Maintenant.AddDays(2));

        Assert.Equal(EtatDeConvention.EnVigueur, convention.Etat(Aujourdhui.AddDays(2)));
        Assert.Equal(Aujourdhui.AddDays(2), convention.DateDeSignature);
        var forem = convention.Signatures.Single(s => s.Partie == "Le Forem");
        Assert.True(forem.Electronique);
        Assert.Equal(("Charleroi", Maintenant.AddDays(2).UtcDateTime), (forem.Lieu, forem.Le.UtcDateTime));
    }

    [Fact]
    public void R23_SigningAnotherVersionOfTheDocument_IsRefused()
    {
        var convention = Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, Cpas()], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);
        DesignerForemCpas(convention, Maintenant);

        Assert.Equal(CodesErreur.VersionDifferente, Assert.Throws<RegleMetierException>(() => convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:ancienne", null, Maintenant)).Code);
    }

    [Fact]
    public void R34_AsManySignedCopiesAsParties_TwoForTheAsblFourForTheRegionalFramework()
    {
        var asbl = Convention.Rediger(ConventionId.Nouveau(), PartenariatAsbl, [Asbl("ASBL Lire et Écrire", "0455.266.926"), Asbl("ASBL Formation Métiers", "0403.170.701")], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);
        var cadre = Convention.Rediger(ConventionId.Nouveau(), CadreRegional,
            [new Partie("RegionEmploi", "Région wallonne — Emploi"), new Partie("RegionActionSociale", "Région wallonne — Action sociale"), new Partie("Forem", "Le Forem", Referent("Jean-Pierre Méan")), new Partie("FederationCpas", "Fédération des CPAS", Referent("Claude Emonts"))],
            ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);

        Assert.Equal(2, asbl.Exemplaires);
        Assert.Equal(4, cadre.Exemplaires);
    }

    [Fact]
    public void R28_AnAsblWithoutBceNumber_CannotBeAParty()
    {
        var erreur = Assert.Throws<RegleMetierException>(() => Convention.Rediger(ConventionId.Nouveau(), PartenariatAsbl,
            [Asbl("ASBL A", "0455.266.926"), new Partie("Asbl", "ASBL B", Referent("B"))], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant));

        Assert.Equal((CodesErreur.BceRequis, "ASBL B"), (erreur.Code, erreur.Arguments[0]));
    }

    [Fact]
    public void R21_EachPartyNamesAReferentWithNameMailAndPhone()
    {
        var erreur = Assert.Throws<RegleMetierException>(() => Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, new Partie("Cpas", "CPAS de Herstal")], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant));

        Assert.Equal(CodesErreur.ReferentRequis, erreur.Code);
        Assert.Equal(CodesErreur.MailInvalide, Assert.Throws<RegleMetierException>(() => new Referent("X", AdresseMail.Depuis("pas-un-mail"), Telephone.Depuis("04 123 45 67"))).Code);
    }

    [Fact]
    public void R19_ChangesOnlyByAnAmendmentEveryPartySigns()
    {
        var convention = ConventionForemCpasSignee();
        var avenant = convention.ProposerAvenant("Ajout d'une fiche-action Emploi", "sha256:v2", LeSecretariat, Maintenant.AddMonths(2));

        convention.SignerAvenant(2, "Le Forem", "AdministrateurGeneral", Membre(1), "sha256:v2", "Charleroi", Maintenant.AddMonths(2));
        convention.SignerAvenant(2, "CPAS de Seraing", "President", Membre(101), "sha256:v2", null, Maintenant.AddMonths(2));
        Assert.Equal((1, "sha256:v1"), (convention.Version, convention.EmpreinteEnVigueur));
        Assert.Equal(CodesErreur.AvenantEnCours, Assert.Throws<RegleMetierException>(() => convention.ProposerAvenant("Autre", "sha256:v3", LeSecretariat, Maintenant)).Code);
        convention.SignerAvenant(2, "CPAS de Seraing", "DirecteurGeneral", Membre(102), "sha256:v2", null, Maintenant.AddMonths(2));

        Assert.True(avenant.EnVigueur);
        Assert.Equal((2, "sha256:v2"), (convention.Version, convention.EmpreinteEnVigueur));
    }

    [Fact]
    public void R20_EndingNeedsAReasonedRequestByRegisteredLetter_ThreeMonthsNotice()
    {
        var convention = ConventionForemCpasSignee();
        var dansUnAn = Maintenant.AddYears(1);

        Assert.Equal(CodesErreur.LettreRecommandeeRequise, Assert.Throws<RegleMetierException>(() => convention.DonnerPreavis("CPAS de Seraing", FormeDuPreavis.Information, "Réorganisation du service", LeSecretariat, dansUnAn)).Code);
        Assert.Equal(CodesErreur.TexteManquant, Assert.Throws<RegleMetierException>(() => convention.DonnerPreavis("CPAS de Seraing", FormeDuPreavis.LettreRecommandee, " ", LeSecretariat, dansUnAn)).Code);
        var preavis = convention.DonnerPreavis("CPAS de Seraing", FormeDuPreavis.LettreRecommandee, "Réorganisation du service insertion", LeSecretariat, dansUnAn);

        Assert.Equal(Bruxelles.Jour(dansUnAn).AddMonths(3), preavis.Fin);
        Assert.Equal(EtatDeConvention.EnVigueur, convention.Etat(preavis.Fin));
        Assert.Equal(EtatDeConvention.Terminee, convention.Etat(preavis.Fin.AddDays(1)));
    }

    [Fact]
    public void R25_AsblPartnership_AnyPartyEndsItAtAnyTimeByInformingTheOthers()
    {
        var convention = Convention.Rediger(ConventionId.Nouveau(), PartenariatAsbl, [Asbl("ASBL A", "0455.266.926"), Asbl("ASBL B", "0403.170.701")], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);
        convention.DesignerSignataires([new Designation("ASBL A", "Representant", Membre(11), "A"), new Designation("ASBL B", "Representant", Membre(12), "B")], LeSecretariat, Maintenant);
        convention.Signer("ASBL A", "Representant", Membre(11), "sha256:v1", null, Maintenant);
        convention.Signer("ASBL B", "Representant", Membre(12), "sha256:v1", null, Maintenant);

        var preavis = convention.DonnerPreavis("ASBL B", FormeDuPreavis.Information, null, Membre(12), Maintenant.AddMonths(5));

        Assert.Equal(Bruxelles.Jour(Maintenant.AddMonths(5)), preavis.Fin);
    }

    private static Convention PartenariatSigne()
    {
        var convention = Convention.Rediger(ConventionId.Nouveau(), PartenariatAsbl, [Asbl("ASBL A", "0455.266.926"), Asbl("ASBL B", "0403.170.701")], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);
        convention.DesignerSignataires([new Designation("ASBL A", "Representant", Membre(11), "A"), new Designation("ASBL B", "Representant", Membre(12), "B")], LeSecretariat, Maintenant);
        convention.Signer("ASBL A", "Representant", Membre(11), "sha256:v1", null, Maintenant);
        convention.Signer("ASBL B", "Representant", Membre(12), "sha256:v1", null, Maintenant);
        convention.DesignerReferents([new ReferentDansTeams("ASBL A", Membre(21), "Julie"), new ReferentDansTeams("ASBL B", Membre(22), "Hugo")], LeSecretariat, Maintenant);
        return convention;
    }

    [Fact]
    public void R26_ABeneficiaryJoinsByANominativeAmendmentOnlyWithConsent_ConfirmedByEachReferent()
    {
        var convention = PartenariatSigne();
        var consentement = new Consentement(Aujourdhui, Membre(21), "écrit signé");

        Assert.Equal(CodesErreur.ConsentementRequis, Assert.Throws<RegleMetierException>(() => convention.AjouterBeneficiaire("A. Nonyme", "FLE + orientation", Aujourdhui, null, Membre(21), Maintenant)).Code);
        Assert.Equal(CodesErreur.ReserveAuxReferents, Assert.Throws<RegleMetierException>(() => convention.AjouterBeneficiaire("A. Nonyme", "FLE", Aujourdhui, consentement, Membre(11), Maintenant)).Code);
        var avenant = convention.AjouterBeneficiaire("A. Nonyme", "FLE + orientation métiers", Aujourdhui, consentement, Membre(21), Maintenant);

        Assert.Equal(consentement, avenant.Beneficiaire?.Consentement);
        Assert.Equal("Avenant nominatif", avenant.Objet);
        Assert.DoesNotContain(convention.EntreesAJournaliser, e => e.Details.Contains("Nonyme", StringComparison.Ordinal));
        Assert.Equal(CodesErreur.ReserveAuxReferents, Assert.Throws<RegleMetierException>(() => convention.SignerAvenant(avenant.Version, "ASBL B", "Referent", Membre(12), avenant.Empreinte, null, Maintenant)).Code);
        Assert.False(avenant.EnVigueur);
        Assert.Equal(CodesErreur.DejaSigne, Assert.Throws<RegleMetierException>(() => convention.SignerAvenant(avenant.Version, "ASBL A", "Referent", Membre(21), avenant.Empreinte, null, Maintenant)).Code);
        convention.SignerAvenant(avenant.Version, "ASBL B", "Referent", Membre(22), avenant.Empreinte, null, Maintenant);
        Assert.True(avenant.EnVigueur);
        Assert.Equal(CodesErreur.AvenantNominatifNonPrevu, Assert.Throws<RegleMetierException>(() => ConventionForemCpasSignee().AjouterBeneficiaire("X", "Y", Aujourdhui, new Consentement(Aujourdhui, Membre(1)), Membre(1), Maintenant)).Code);
    }

    [Fact]
    public void R26_ErasedOnRequest_TheAmendmentStaysWithoutTheBeneficiarysData()
    {
        var convention = PartenariatSigne();
        var avenant = convention.AjouterBeneficiaire("A. Nonyme", "FLE", Aujourdhui, new Consentement(Aujourdhui, Membre(21), "oral"), Membre(21), Maintenant);

        convention.EffacerBeneficiaire(avenant.Version, Membre(22), Maintenant);

        var restauree = Convention.Restaurer(convention.Enregistrement(), PartenariatAsbl);
        var effacee = Assert.Single(restauree.Avenants);
        Assert.Null(effacee.Beneficiaire);
        Assert.True(effacee.EstNominatif);
        Assert.Equal(Aujourdhui, effacee.EffaceLe);
        Assert.Equal(CodesErreur.ReserveAuxReferents, Assert.Throws<RegleMetierException>(() => convention.EffacerBeneficiaire(avenant.Version, Membre(11), Maintenant)).Code);
    }

    [Fact]
    public void R17_EvaluationMinutesAreValidatedByEveryParty()
    {
        var convention = ConventionForemCpasSignee();
        var anniversaire = Aujourdhui.AddYears(1);

        var evaluation = convention.DeposerCompteRendu(anniversaire, "sha256:cr-2027", LeSecretariat, Maintenant.AddYears(1));
        Assert.False(convention.ValiderCompteRendu(anniversaire, "Le Forem", Membre(1), Maintenant.AddYears(1)));
        Assert.True(convention.ValiderCompteRendu(anniversaire, "CPAS de Seraing", Membre(101), Maintenant.AddYears(1)));

        Assert.True(convention.EstValide(evaluation));
        Assert.Equal(CodesErreur.EvaluationInconnue, Assert.Throws<RegleMetierException>(() => convention.DeposerCompteRendu(anniversaire.AddDays(3), "h", LeSecretariat, Maintenant)).Code);
    }

    [Fact]
    public void R16_APartyMayAskForAnEvaluationAtAnyTime()
    {
        var convention = ConventionForemCpasSignee();

        var evaluation = convention.DemanderEvaluation("CPAS de Seraing", Membre(101), Maintenant.AddMonths(4));

        Assert.Equal("CPAS de Seraing", evaluation.DemandeePar);
        Assert.Equal(Bruxelles.Jour(Maintenant.AddMonths(4)).AddMonths(1), evaluation.Due);
    }

    [Fact]
    public void R14_RevisionRequestStatesReasonsAndAmendments_OthersExamineWithinOneMonth()
    {
        var cadre = Convention.Rediger(ConventionId.Nouveau(), CadreRegional,
            [new Partie("RegionEmploi", "Emploi"), new Partie("RegionActionSociale", "Action sociale"), new Partie("Forem", "Le Forem", Referent("A")), new Partie("FederationCpas", "Fédération", Referent("B"))],
            ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);

        Assert.Equal(CodesErreur.TexteManquant, Assert.Throws<RegleMetierException>(() => cadre.DemanderRevision("Le Forem", "Nouveaux publics", "", LeSecretariat, Maintenant)).Code);
        Assert.Equal(Aujourdhui.AddMonths(1), cadre.DemanderRevision("Le Forem", "Nouveaux publics", "Article 3 : ajouter les bénéficiaires ASE", LeSecretariat, Maintenant));
    }

    [Fact]
    public void R11_ParticularConventionStatesEveryRequiredElement()
    {
        var elements = new Dictionary<string, string>
        {
            ["Objectif"] = "Remise à l'emploi", ["Contenu"] = "Parcours", ["CahierDesCharges"] = "Annexe 1",
            ["StatutDesStagiaires"] = "Stagiaires Forem (F70bis)", ["ModalitesFinancieres"] = "Forfait par stagiaire",
        };

        var erreur = Assert.Throws<RegleMetierException>(() => ConventionParticuliere.Verifier(CadreRegional, elements));
        Assert.Equal("CriteresDEvaluation", erreur.Arguments[0]);
        elements["CriteresDEvaluation"] = "Taux d'insertion à 6 mois";
        ConventionParticuliere.Verifier(CadreRegional, elements);
    }

    [Fact]
    public void R22_FichesActionsHaveFiveThemesAndSevenHeadings()
    {
        var themes = ForemCpas.Sections.Single(s => s.Type == "FichesActions").Themes!;
        Assert.Equal(5, themes.Count);
        Assert.Equal(CodesErreur.TexteManquant, Assert.Throws<RegleMetierException>(() => new FicheAction("Emploi", "Job dating", "Rencontres", "Emploi", "Trimestriel", "Salons", "", "Public commun")).Code);
        var horsTheme = new FicheAction("Logement", "x", "x", "x", "x", "x", "x", "x");

        Assert.Equal(CodesErreur.ThemeInconnu, Assert.Throws<RegleMetierException>(() => Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, Cpas()], ParametresDeDuree.Aucun, "h", LeSecretariat, Maintenant, fichesActions: [horsTheme])).Code);
    }

    [Fact]
    public void R18_CpasOfOneBassinWithIdenticalFichesActions_MayShareAnEnlargedCommittee()
    {
        var fiche = new FicheAction("Emploi", "Job dating", "Rencontres employeurs", "Mise à l'emploi", "Trimestriel", "Salons locaux", "Maison de l'Emploi", "Public commun");
        Convention Une(string commune, string bassin, FicheAction f) => Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, Cpas(commune)], ParametresDeDuree.Aucun, "h", LeSecretariat, Maintenant, bassin, [f]);

        ComiteElargi.Verifier([Une("Seraing", "Liège", fiche), Une("Herstal", "Liège", fiche)]);
        Assert.Equal(CodesErreur.ComiteElargiBassins, Assert.Throws<RegleMetierException>(() => ComiteElargi.Verifier([Une("Seraing", "Liège", fiche), Une("Namur", "Namur", fiche)])).Code);
        var autreFiche = new FicheAction("Emploi", "Job dating", "Rencontres employeurs", "Mise à l'emploi", "Mensuel", "Salons locaux", "Maison de l'Emploi", "Public commun");
        Assert.Equal(CodesErreur.ComiteElargiFiches, Assert.Throws<RegleMetierException>(() => ComiteElargi.Verifier([Une("Seraing", "Liège", fiche), Une("Herstal", "Liège", autreFiche)])).Code);
    }

    [Fact]
    public void R24_OnlyTheMinimalDataSetIsExchangedAboutPeople()
    {
        DonneesMinimales.Verifier(["Nom", "Prenom", "NumeroDeDossierForem", "Statut"]);

        var erreur = Assert.Throws<RegleMetierException>(() => DonneesMinimales.Verifier(["Nom", "SituationMedicale", "CompositionDeMenage"]));

        Assert.Equal("SituationMedicale, CompositionDeMenage", erreur.Arguments[0]);
    }

    [Fact]
    public void R27_APartyReportsADysfunction_TheOthersAreToBeInformedAtOnce()
    {
        var convention = ConventionForemCpasSignee();

        var aPrevenir = convention.SignalerDysfonctionnement("CPAS de Seraing", "Absence du conseiller Forem à la permanence du 12 mars", Membre(101), Maintenant.AddDays(8));

        Assert.Equal(["Le Forem"], aPrevenir.Select(p => p.Nom));
        Assert.Contains(convention.EntreesAJournaliser, e => e.Action == "convention.dysfonctionnement" && e.Acteur == Membre(101));
    }

    [Fact]
    public void R31_CertificateCosigners_DifferForColorationAndFcil()
    {
        AttestationDeCompetences.Verifier(EcolePartenaire, "coloration", ["ChefDEtablissement", "PartenaireProfessionnel"]);
        AttestationDeCompetences.Verifier(EcolePartenaire, "fcil", ["RecteurDAcademie", "PartenaireProfessionnel"]);

        Assert.Equal(CodesErreur.AttestationAutorite, Assert.Throws<RegleMetierException>(() => AttestationDeCompetences.Verifier(EcolePartenaire, "fcil", ["ChefDEtablissement", "PartenaireProfessionnel"])).Code);
        Assert.Equal(CodesErreur.AttestationCosignataire, Assert.Throws<RegleMetierException>(() => AttestationDeCompetences.Verifier(EcolePartenaire, "coloration", ["RecteurDAcademie"])).Code);
        Assert.Equal("ChefDEtablissement", EcolePartenaire.Attestations!["fcil"].SurPropositionDe);
    }

    [Fact]
    public void R33_ADisputeFirstGoesToConciliationInAnExceptionalSteeringCommittee()
    {
        var convention = Convention.Rediger(ConventionId.Nouveau(), EcolePartenaire,
            [new Partie("Etablissement", "Lycée professionnel Jean Moulin", Referent("Proviseur")), new Partie("PartenaireProfessionnel", "Fédération du bâtiment", Referent("Délégué"))],
            new ParametresDeDuree(AnneesDuCycle: 3), "h", LeSecretariat, Maintenant);

        Assert.Equal(RegleDeLitige.ConciliationEnComiteDePilotageExceptionnel, convention.OuvrirLitige("Fédération du bâtiment", "Périodes en entreprise non organisées", LeSecretariat, Maintenant));
        Assert.Equal(RegleDeLitige.Amiable, ConventionForemCpasSignee().OuvrirLitige("Le Forem", "x", LeSecretariat, Maintenant));
    }

    [Fact]
    public void R35_ProfilesOnlyInAggregate_SmallGroupsAreHidden()
    {
        var profils = new ProfilsAgreges();
        profils.Ajouter(TrancheDAge.MoinsDe25, NiveauDEtudes.SecondaireInferieur, Genre.Femme, 12);
        profils.Ajouter(TrancheDAge.PlusDe50, NiveauDEtudes.Superieur, Genre.Homme, 2);

        var publiables = profils.Publiables();

        Assert.Equal(14, profils.Total);
        Assert.Equal(12, publiables[(TrancheDAge.MoinsDe25, NiveauDEtudes.SecondaireInferieur, Genre.Femme)]);
        Assert.Null(publiables[(TrancheDAge.PlusDe50, NiveauDEtudes.Superieur, Genre.Homme)]);
    }

    [Fact]
    public void Audit_EveryDecisionIsRecordedWithWhoWhenAndTheDocumentHash()
    {
        var convention = ConventionForemCpasSignee();

        var signatures = convention.EntreesAJournaliser.Where(e => e.Action == "convention.signee").ToList();

        Assert.Equal(3, signatures.Count);
        Assert.All(signatures, e => Assert.Equal("sha256:v1", e.EmpreinteDocument));
        Assert.Contains(convention.EntreesAJournaliser, e => e.Action == "convention.en-vigueur");
    }
}
