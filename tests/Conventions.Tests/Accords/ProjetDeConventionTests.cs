using Conventions.Accords;
using Conventions.Audit;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using TeamsConventions.Tests.Partage;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Accords;

/// <summary>A convention of a kind without a call, drafted in chat on its kind's form, then drawn up for signature.</summary>
public sealed class ProjetDeConventionTests
{
    private static readonly Redacteur Claire = new(Membre(11), "Claire Martin");
    private static readonly Redacteur Hugo = new(Membre(12), "Hugo Lenoir");

    public static TheoryData<string, string> Types()
    {
        var donnees = new TheoryData<string, string>();
        foreach (var (type, premiere) in ProjetsComplets.Types)
        {
            donnees.Add(type, premiere);
        }

        return donnees;
    }

    private static FormulaireDeDossier Formulaire(string type) => LeCatalogue.FormulairesDeConvention[type];

    private static List<Saisie> Saisies(IReadOnlyDictionary<string, string> valeurs) => [.. valeurs.Select(v => new Saisie(v.Key, v.Value, null))];

    private static ProjetDeConvention Rempli(string type, Action<Dictionary<string, string>>? changer = null)
    {
        var champs = ProjetsComplets.Champs(type);
        changer?.Invoke(champs);
        var projet = ProjetDeConvention.Commencer(ConventionId.Nouveau(), Formulaire(type), Claire, Maintenant);
        var resultat = projet.Enregistrer(Formulaire(type), Saisies(champs), null, Claire.Membre, Maintenant);
        Assert.True(resultat.EstSansReserve, string.Join(" | ", resultat.Erreurs.Select(e => $"{e.Key}: {e.Value.Code}")));
        return projet;
    }

    [Fact]
    public void Catalogue_EveryKindWithoutACall_HasAConventionFormAndTheKindWithACallNone()
    {
        Assert.Equal(
            ["cadre-regional", "cooperation-ecole-partenaire", "cooperation-forem-cpas", "partenariat-asbl"],
            LeCatalogue.FormulairesDeConvention.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("initiative-locale", LeCatalogue.FormulairesDeConvention.Keys);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Rediger_CompleteDraft_IsTheConventionItsDraftersTakeToSignatureSameDataSameHash(string type, string premierePartie)
    {
        var projet = Rempli(type);
        Assert.Empty(projet.Manquants(Formulaire(type)));
        Assert.Equal(100, projet.PourcentageRempli(Formulaire(type)));

        var convention = projet.Rediger(Formulaire(type), LeCatalogue.Type(type), Claire.Membre, Maintenant);

        Assert.Equal(projet.Id, convention.Id);
        Assert.Equal(type, convention.Type.Code);
        Assert.Equal(premierePartie, convention.Parties[0].Nom);
        Assert.All(convention.Parties.Where(p => convention.Type.Partie(p.Role).ReferentRequis), p => Assert.NotNull(p.Referent));
        Assert.Equal([Claire], convention.Redacteurs);
        Assert.True(projet.Redige);
        Assert.Contains(projet.EntreesAJournaliser, e => e.Action == ActionAuditee.ProjetDeConventionRedige && e.EmpreinteDocument == convention.EmpreinteEnVigueur);
        Assert.Equal(convention.EmpreinteEnVigueur, Rempli(type).Rediger(Formulaire(type), LeCatalogue.Type(type), Claire.Membre, Maintenant).EmpreinteEnVigueur);
        var erreur = Assert.Throws<RegleMetierException>(() => projet.Enregistrer(Formulaire(type), [new Saisie(Formulaire(type).Champs.First().Id, "autre", null)], null, Claire.Membre, Maintenant));
        Assert.Equal(CodesErreur.ProjetDejaRedige, erreur.Code);
    }

    [Fact]
    public void Rediger_ForemCpas_CarriesItsFichesActionsAndClausesButNotItsPartiesTwice()
    {
        var convention = Rempli("cooperation-forem-cpas").Rediger(Formulaire("cooperation-forem-cpas"), ForemCpas, Claire.Membre, Maintenant);

        Assert.Equal(["Accompagnement renforcé vers l'emploi", "Modules de préqualification"], convention.FichesActions.Select(f => f.Intitule));
        Assert.Equal("Formation", convention.FichesActions[1].Theme);
        Assert.Equal("Liège", convention.Bassin);
        Assert.Contains("modalites.concertation", convention.Clauses.Keys);
        Assert.DoesNotContain(convention.Clauses.Keys, k => k == "cpas.nom" || k.StartsWith("cpas.referent", StringComparison.Ordinal) || k.StartsWith("fiches#", StringComparison.Ordinal));
        Assert.Equal(["CPAS de Herstal", "Le Forem"], convention.Parties.Select(p => p.Nom));
    }

    [Fact]
    public void Rediger_CadreRegional_KeepsItsBudgetLinesAndFourParties()
    {
        var convention = Rempli("cadre-regional").Rediger(Formulaire("cadre-regional"), CadreRegional, Claire.Membre, Maintenant);

        Assert.Equal(4, convention.Parties.Count);
        Assert.Equal("1250000.00", convention.Clauses["budget#b1.montant"]);
        Assert.Equal(4, convention.SignaturesRequises().Count);
    }

    [Fact]
    public void Rediger_SchoolWithTwoPartners_MakesThreePartiesEachSigningForItself()
    {
        var convention = Rempli("cooperation-ecole-partenaire", c =>
        {
            c["partenaires#p2.nom"] = "Fédération Traxio";
            c["partenaires#p2.representant"] = "Anne Noël";
            c["partenaires#p2.referentNom"] = "Anne Noël";
            c["partenaires#p2.referentMail"] = "anne.noel@traxio.be";
            c["partenaires#p2.referentTelephone"] = "02 778 62 00";
        }).Rediger(Formulaire("cooperation-ecole-partenaire"), EcolePartenaire, Claire.Membre, Maintenant);

        Assert.Equal(["Athénée royal de Waremme", "Garage Hesbaye Auto", "Fédération Traxio"], convention.Parties.Select(p => p.Nom));
        Assert.Equal(new DateOnly(2028, 1, 31), convention.Parametres.PeriodeProposee?.Fin);
        Assert.Equal(1, convention.Parametres.AnneesDuCycle);
        Assert.Equal(3, convention.SignaturesRequises().Count);
    }

    [Fact]
    public void R29_FcilOfTwoMonths_RefusedAndTheDraftStaysAsTyped()
    {
        var projet = Rempli("cooperation-ecole-partenaire", c => c["formation.fin"] = "2027-10-31");

        var erreur = Assert.Throws<RegleMetierException>(() => projet.Rediger(Formulaire("cooperation-ecole-partenaire"), EcolePartenaire, Claire.Membre, Maintenant));

        Assert.Equal(CodesErreur.FcilTropCourte, erreur.Code);
        Assert.False(projet.Redige);
        Assert.Equal("2027-10-31", projet.Champs["formation.fin"]);
    }

    [Fact]
    public void Rediger_ColouringWithoutItsCycle_Refused()
    {
        var projet = Rempli("cooperation-ecole-partenaire", c => c["formation.modalite"] = "coloration");

        var erreur = Assert.Throws<RegleMetierException>(() => projet.Rediger(Formulaire("cooperation-ecole-partenaire"), EcolePartenaire, Claire.Membre, Maintenant));

        Assert.Equal(CodesErreur.CycleDeFormationManquant, erreur.Code);
    }

    [Fact]
    public void R28_InvalidCompanyNumber_RefusedWhereTypedTheRestKept()
    {
        var projet = ProjetDeConvention.Commencer(ConventionId.Nouveau(), Formulaire("partenariat-asbl"), Claire, Maintenant);

        var resultat = projet.Enregistrer(Formulaire("partenariat-asbl"), [new("asbl1.nom", "ASBL Lire et Écrire Liège", null), new("asbl1.bce", "0455.266.927", null)], null, Claire.Membre, Maintenant);

        Assert.Equal(CodesErreur.BceCle, resultat.Erreurs["asbl1.bce"].Code);
        Assert.Equal("0455.266.927", resultat.NonEnregistrees["asbl1.bce"]);
        Assert.Equal("ASBL Lire et Écrire Liège", projet.Champs["asbl1.nom"]);
        Assert.Contains("Numéro BCE", projet.Manquants(Formulaire("partenariat-asbl")));
    }

    [Fact]
    public void R21_PartnerWithoutReferent_NotKeptAndTheTableStillMissing()
    {
        var formulaire = Formulaire("cooperation-ecole-partenaire");
        var projet = ProjetDeConvention.Commencer(ConventionId.Nouveau(), formulaire, Claire, Maintenant);

        var resultat = projet.Enregistrer(formulaire, [new("partenaires#p1.nom", "Garage Hesbaye Auto", null), new("partenaires#p1.representant", "Vincent Pirotte", null)], null, Claire.Membre, Maintenant);

        Assert.Equal(CodesErreur.LigneIncomplete, resultat.Erreurs["partenaires#p1.referentNom"].Code);
        Assert.DoesNotContain(projet.Champs.Keys, k => k.StartsWith("partenaires#", StringComparison.Ordinal));
        Assert.Contains("Partenaires professionnels (cinq au plus)", projet.Manquants(formulaire));
    }

    [Fact]
    public void R22_FicheActionWithTwoThemes_Refused()
    {
        var formulaire = Formulaire("cooperation-forem-cpas");
        var projet = ProjetDeConvention.Commencer(ConventionId.Nouveau(), formulaire, Claire, Maintenant);

        var resultat = projet.Enregistrer(formulaire, [new("fiches#a1.theme", "Accompagnement,Formation", null)], null, Claire.Membre, Maintenant);

        Assert.Equal(CodesErreur.ChoixUnique, resultat.Erreurs["fiches#a1.theme"].Code);
    }

    [Fact]
    public void Enregistrer_OnlyDraftersChangeIt_ACoDraftersChangeComesBackAsAConflict()
    {
        var formulaire = Formulaire("partenariat-asbl");
        var projet = ProjetDeConvention.Commencer(ConventionId.Nouveau(), formulaire, Claire, Maintenant);
        Assert.Equal(CodesErreur.PasRedacteur, Assert.Throws<RegleMetierException>(() => projet.Enregistrer(formulaire, [new("asbl2.nom", "ASBL Le Tremplin", null)], null, Hugo.Membre, Maintenant)).Code);

        projet.AjouterRedacteur(Hugo, Claire.Membre, Maintenant);
        projet.Enregistrer(formulaire, [new("asbl2.nom", "ASBL Le Tremplin", null)], null, Hugo.Membre, Maintenant);
        var resultat = projet.Enregistrer(formulaire, [new("asbl2.nom", "ASBL Tremplin Seraing", null)], null, Claire.Membre, Maintenant);

        Assert.Equal("ASBL Le Tremplin", resultat.Conflits["asbl2.nom"]);
        Assert.Equal("ASBL Le Tremplin", projet.Champs["asbl2.nom"]);
        Assert.Equal([Claire, Hugo], projet.Redacteurs);
    }

    [Fact]
    public void Enregistrer_RowRemoved_OnlyItsCellsGo()
    {
        var formulaire = Formulaire("cooperation-forem-cpas");
        var projet = Rempli("cooperation-forem-cpas");

        projet.Enregistrer(formulaire, [], ("fiches", "a1"), Claire.Membre, Maintenant);

        Assert.DoesNotContain(projet.Champs.Keys, k => k.StartsWith("fiches#a1.", StringComparison.Ordinal));
        Assert.Contains("fiches#a2.intitule", projet.Champs.Keys);
    }

    [Fact]
    public void Restaurer_StoredDraft_ComesBackAsItWas()
    {
        var projet = Rempli("cadre-regional");
        var restaure = ProjetDeConvention.Restaurer(projet.Enregistrement());

        Assert.Equal(projet.Champs, restaure.Champs);
        Assert.Equal(projet.Redacteurs, restaure.Redacteurs);
        Assert.Equal(projet.Type, restaure.Type);
    }
}
