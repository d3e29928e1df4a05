using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Votes;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Actions;

/// <summary>A Comité de suivi's action plan (seed 002, R05, R10, R12): drafted, opinion, validation, followed.</summary>
public sealed class PlanDActionsTests
{
    private static readonly FormulaireDePlan Formulaire = LeCatalogue.Plans["plan-d-actions"];

    private static Comite Suivi()
    {
        var comite = ComiteDeSuivi();
        comite.DesignerPresidence(Membre(1), Membre(101), new DateOnly(2027, 1, 1), LeSecretariat, Maintenant);
        return comite;
    }

    private static Comite Accompagnement()
    {
        return Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", StatutsDAccompagnement, MembresDAccompagnement(), LeSecretariat, Maintenant);
    }

    private static readonly DateTimeOffset En2027 = new(2027, 2, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static Dictionary<string, string> Action(string intitule = "Job coaching des moins de 25 ans", int responsable = 2) => new()
    {
        ["action.intitule"] = intitule,
        ["action.theme"] = "Insertion",
        ["action.objectif"] = "40 jeunes accompagnés vers l'emploi.",
        ["action.debut"] = "01/03/2027",
        ["action.fin"] = "30/11/2027",
        ["action.responsable"] = Membre(responsable).ToString(),
        ["action.indicateurs"] = "Entrées en formation ; mises à l'emploi.",
        ["action.budget"] = "12 500,50",
    };

    private static IReadOnlyList<Saisie> Saisies(Dictionary<string, string> valeurs) => [.. valeurs.Select(v => new Saisie(v.Key, v.Value, null))];

    private static PlanDActions Redige(Comite suivi, params (string Id, int Redacteur)[] actions)
    {
        var plan = PlanDActions.Rediger(PlanDActionsId.Nouveau(), suivi, 2027, Formulaire, null, Membre(2), En2027);
        foreach (var (id, redacteur) in actions)
        {
            Assert.True(plan.EnregistrerAction(suivi, Formulaire, id, Saisies(Action($"Action {id}")), Membre(redacteur), En2027).EstSansReserve);
        }

        return plan;
    }

    private static ResultatDuScrutin Vote(PlanDActions plan, Decision decision) =>
        new(decision == Decision.Adopte ? 6 : 1, decision == Decision.Adopte ? 1 : 6, 1, 8, 8, new Dictionary<string, int>(), decision, false, null, [], En2027, plan.EmpreinteSoumise ?? string.Empty);

    [Fact]
    public void Catalogue_ThePlansForm_NamesItsCommitteesAndTheFieldsThatPlayARole()
    {
        Assert.Equal("comite-suivi", Formulaire.Comite);
        Assert.Equal("comite-accompagnement", Formulaire.Validation);
        Assert.Equal(NatureDeChamp.Membre, Formulaire.Definition(Formulaire.Responsable)?.Nature);
        Assert.NotNull(Formulaire.Definition(Formulaire.Intitule));
    }

    [Fact]
    public void Catalogue_APlanFormNamingAnUnknownCommitteeOrAnOwnerThatIsNotAMember_IsRefusedAtStartUp()
    {
        const string plan = """
            { "type": "p", "libelle": "P", "label": "P", "comite": "comite-inconnu", "validation": "comite-accompagnement", "intitule": "t", "responsable": "r",
              "champs": [ { "id": "t", "libelle": "T", "label": "T", "nature": "TexteCourt" }, { "id": "r", "libelle": "R", "label": "R", "nature": "Nom" } ] }
            """;
        string Ressource(string nom)
        {
            using var lecteur = new StreamReader(typeof(CatalogueDesConventions).Assembly.GetManifestResourceStream(nom) ?? throw new InvalidOperationException(nom));
            return lecteur.ReadToEnd();
        }

        var erreur = Assert.Throws<CatalogueInvalideException>(() => CatalogueDesConventions.Depuis(
            [("types/initiative-locale.json", Ressource("types/initiative-locale.json"))],
            [("comites/suivi.json", Ressource("comites/comite-suivi.json")), ("comites/accompagnement.json", Ressource("comites/comite-accompagnement.json"))],
            plans: [("plans/p.json", plan)]));

        Assert.Contains(erreur.Problemes, p => p.Contains("plans/p.json", StringComparison.Ordinal) && p.Contains("'comite-inconnu'", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("'r' named as the action's owner", StringComparison.Ordinal));
    }

    [Fact]
    public void EnregistrerAction_ByAForemAndACpasMember_BothKeptWithTheirValuesNormalised()
    {
        var suivi = Suivi();

        var plan = Redige(suivi, ("a1", 2), ("a2", 102));

        Assert.Equal(2, plan.Actions.Count);
        Assert.Equal("12500.50", plan.Action("a1")?.Champs["action.budget"]);
        Assert.Equal("2027-03-01", plan.Action("a2")?.Champs["action.debut"]);
        Assert.Equal(Membre(2), plan.Action("a1")?.Responsable);
        Assert.Contains(plan.EntreesAJournaliser, e => e.Action == "plan.action-ajoutee");
    }

    [Fact]
    public void EnregistrerAction_IncompleteOrWithAnOwnerOffTheCommitteeOrEndingBeforeItStarts_NothingKeptAndEachFieldSaysWhy()
    {
        var suivi = Suivi();
        var plan = Redige(suivi);
        var valeurs = Action();
        valeurs["action.objectif"] = " ";
        valeurs["action.fin"] = "01/02/2027";
        valeurs["action.responsable"] = Membre(4242).ToString();

        var resultat = plan.EnregistrerAction(suivi, Formulaire, "a1", Saisies(valeurs), Membre(2), En2027);

        Assert.Empty(plan.Actions);
        Assert.Equal(CodesErreur.ChampRequis, resultat.Erreurs["action.objectif"].Code);
        Assert.Equal(CodesErreur.DateAvantDebut, resultat.Erreurs["action.fin"].Code);
        Assert.Equal(CodesErreur.ResponsableHorsComite, resultat.Erreurs["action.responsable"].Code);
        Assert.Equal("01/02/2027", resultat.NonEnregistrees["action.fin"]);
    }

    [Fact]
    public void EnregistrerAction_AFieldAnotherDrafterChangedSinceTheCardShowedIt_ComesBackAsAConflict()
    {
        var suivi = Suivi();
        var plan = Redige(suivi, ("a1", 2));
        var vu = DossierDeProposition.EmpreinteDe(string.Empty);

        var resultat = plan.EnregistrerAction(suivi, Formulaire, "a1", [new Saisie("action.theme", "Formation", vu)], Membre(102), En2027);

        Assert.Equal("Insertion", resultat.Conflits["action.theme"]);
        Assert.Equal("Insertion", plan.Action("a1")?.Champs["action.theme"]);
    }

    [Fact]
    public void Rediger_ByAGuestOrSomeoneOffTheCommittee_IsRefused()
    {
        var suivi = Comite.Constituer(ComiteId.Nouveau(), "Comité de suivi — Liège", StatutsDeSuivi, MembresDeSuivi().Append(InviteDeLaMire), LeSecretariat, Maintenant);

        Assert.Equal(CodesErreur.PasMembreDuComite, Assert.Throws<RegleMetierException>(() => PlanDActions.Rediger(PlanDActionsId.Nouveau(), suivi, 2027, Formulaire, null, Membre(70), En2027)).Code);
        Assert.Equal(CodesErreur.PlanDUnAutreComite, Assert.Throws<RegleMetierException>(() => PlanDActions.Rediger(PlanDActionsId.Nouveau(), Accompagnement(), 2027, Formulaire, null, Membre(200), En2027)).Code);
    }

    [Fact]
    public void R10_OnlyTheComiteDeSuivisPresidentPutsThePlanOnItsAgenda_R05_OnlyForemForTheValidation()
    {
        var suivi = Suivi();
        var accompagnement = Accompagnement();
        var plan = Redige(suivi, ("a1", 2));

        Assert.Equal(CodesErreur.ReserveAuSecretariat, Assert.Throws<RegleMetierException>(() => plan.InscrireALOrdreDuJour(suivi, Formulaire, Membre(2), En2027)).Code);
        Assert.Equal(EtapeDuComite.Avis, plan.InscrireALOrdreDuJour(suivi, Formulaire, Membre(1), En2027));
        Assert.True(plan.AppliquerLeVote(Vote(plan, Decision.Adopte), Formulaire, suivi.Statuts.Code, null, LeSecretariat, En2027));
        Assert.Equal(EtatDuProjet.AValider, plan.Etat);

        var ministre = accompagnement.Votants.First(m => m.Cote == "MinistreEmploi").Membre;
        Assert.Equal(CodesErreur.ReserveAuSecretariat, Assert.Throws<RegleMetierException>(() => plan.InscrireALOrdreDuJour(accompagnement, Formulaire, ministre, En2027)).Code);
        var forem = accompagnement.Secretariat(new DateOnly(2027, 2, 1))[0];
        Assert.Equal(EtapeDuComite.Decision, plan.InscrireALOrdreDuJour(accompagnement, Formulaire, forem, En2027));
    }

    [Fact]
    public void InscrireALOrdreDuJour_FreezesTheVersionWithItsHash_AndTheDraftCanNoLongerBeChanged()
    {
        var suivi = Suivi();
        var plan = Redige(suivi, ("a1", 2));

        plan.InscrireALOrdreDuJour(suivi, Formulaire, Membre(1), En2027);

        Assert.Equal(1, plan.Version);
        Assert.Equal(plan.EmpreinteDuContenu(), plan.EmpreinteSoumise);
        Assert.Equal(CodesErreur.PlanNonModifiable, Assert.Throws<RegleMetierException>(() => plan.EnregistrerAction(suivi, Formulaire, "a2", Saisies(Action()), Membre(2), En2027)).Code);
    }

    [Fact]
    public void InscrireALOrdreDuJour_APlanWithoutAnyAction_IsRefused()
    {
        var suivi = Suivi();

        Assert.Equal(CodesErreur.PlanSansAction, Assert.Throws<RegleMetierException>(() => Redige(suivi).InscrireALOrdreDuJour(suivi, Formulaire, Membre(1), En2027)).Code);
    }

    [Fact]
    public void AppliquerLeVote_UnfavourableOpinion_BackToItsDraftersWithTheReason_AndAVoteOnAnotherVersionChangesNothing()
    {
        var suivi = Suivi();
        var plan = Redige(suivi, ("a1", 2));
        plan.InscrireALOrdreDuJour(suivi, Formulaire, Membre(1), En2027);
        var ancien = Vote(plan, Decision.Rejete) with { EmpreinteDocument = "sha256:une-autre-version" };

        Assert.False(plan.AppliquerLeVote(ancien, Formulaire, suivi.Statuts.Code, "autre", LeSecretariat, En2027));
        Assert.True(plan.AppliquerLeVote(Vote(plan, Decision.Rejete), Formulaire, suivi.Statuts.Code, "Budget à revoir", LeSecretariat, En2027));

        Assert.Equal(EtatDuProjet.Brouillon, plan.Etat);
        Assert.Equal("Budget à revoir", plan.MotifDuRetour);
        plan.RetirerAction(suivi, "a1", Membre(2), En2027);
        Assert.Empty(plan.Actions);
    }

    [Fact]
    public void R12_ValidatedPlan_OnlyEachActionsOwnerUpdatesIt_AndOneLeftThreeMonthsIsFlagged()
    {
        var suivi = Suivi();
        var plan = Redige(suivi, ("a1", 2), ("a2", 102));
        plan.InscrireALOrdreDuJour(suivi, Formulaire, Membre(1), En2027);
        plan.AppliquerLeVote(Vote(plan, Decision.Adopte), Formulaire, suivi.Statuts.Code, null, LeSecretariat, En2027);
        plan.InscrireALOrdreDuJour(Accompagnement(), Formulaire, Membre(230), En2027);
        plan.AppliquerLeVote(Vote(plan, Decision.Adopte), Formulaire, "comite-accompagnement", null, LeSecretariat, En2027);
        Assert.Equal(EtatDuProjet.Valide, plan.Etat);

        Assert.Equal(CodesErreur.ResponsableSeulement, Assert.Throws<RegleMetierException>(() => plan.MettreAJourAction("a1", EtatDeLAction.EnCours, null, Membre(102), En2027.AddDays(10))).Code);
        plan.MettreAJourAction("a1", EtatDeLAction.EnCours, "Douze jeunes accompagnés.", Membre(2), En2027.AddDays(60));

        Assert.Equal(EtatDeLAction.EnCours, plan.Action("a1")?.Etat);
        Assert.Equal("Douze jeunes accompagnés.", plan.Action("a1")?.Note);
        Assert.Equal(["a2"], plan.ActionsNonAJour(new DateOnly(2027, 5, 2)).Select(a => a.Id));
        Assert.Contains(plan.EntreesAJournaliser, e => e.Action == "plan.action-suivie" && e.Acteur == Membre(2));
    }

    [Fact]
    public void Rediger_AYearThatAlreadyHasAValidatedPlan_IsARevisionStartingFromItsActions()
    {
        var suivi = Suivi();
        var valide = PlanDActions.Restaurer(PlanDActionsId.Nouveau(), Formulaire.Type, suivi.Id, 2027, false, EtatDuProjet.Valide, 1, "sha256:v1", null,
            [new ActionDuPlan("a1", Action(), Membre(2), EtatDeLAction.EnCours, new DateOnly(2027, 3, 1), "En route")]);

        var revision = PlanDActions.Rediger(PlanDActionsId.Nouveau(), suivi, 2027, Formulaire, valide, Membre(102), En2027);

        Assert.True(revision.EstUneRevision);
        Assert.Equal(["a1"], revision.Actions.Select(a => a.Id));
        Assert.Equal(EtatDeLAction.Prevue, revision.Action("a1")?.Etat);
        Assert.False(PlanDActions.Rediger(PlanDActionsId.Nouveau(), suivi, 2028, Formulaire, valide, Membre(102), En2027).EstUneRevision);
    }
}
