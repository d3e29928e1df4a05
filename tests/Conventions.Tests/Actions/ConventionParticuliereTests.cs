using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Votes;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Actions;

/// <summary>A particular convention (seed 002 art. 5.4, R11): drafted by the Comité de suivi, its opinion, then the Comité d'accompagnement's validation.</summary>
public sealed class ConventionParticuliereTests
{
    private static readonly FormulaireDeConventionParticuliere Formulaire = LeCatalogue.ConventionsParticulieres["convention-particuliere"];
    private static readonly DateTimeOffset En2027 = new(2027, 2, 1, 10, 0, 0, TimeSpan.FromHours(1));

    private static Comite Suivi()
    {
        var comite = ComiteDeSuivi();
        comite.DesignerPresidence(Membre(1), Membre(101), new DateOnly(2027, 1, 1), LeSecretariat, Maintenant);
        return comite;
    }

    public static Dictionary<string, string> SixElements() => new()
    {
        ["cp.intitule"] = "Job coaching à Seraing",
        ["cp.partenaire"] = "ASBL Le Tremplin",
        ["cp.partenaire.bce"] = Bce(555).ToString(),
        ["cp.objectif"] = "Accompagner 20 jeunes vers l'emploi.",
        ["cp.contenu"] = "Ateliers collectifs et suivi individuel.",
        ["cp.cahier-des-charges"] = "Deux ateliers par semaine ; un rapport trimestriel.",
        ["cp.statut-des-stagiaires"] = "Stagiaires en formation professionnelle (F70bis).",
        ["cp.modalites-financieres"] = "Subvention en deux tranches.",
        ["cp.criteres-d-evaluation"] = "Taux d'insertion à six mois.",
        ["cp.montant"] = "18 000",
    };

    private static IReadOnlyList<Saisie> Saisies(Dictionary<string, string> valeurs) => [.. valeurs.Select(v => new Saisie(v.Key, v.Value, null))];

    private static ResultatDuScrutin Vote(ProjetDeConventionParticuliere projet, Decision decision) =>
        new(6, 1, 1, 8, 8, new Dictionary<string, int>(), decision, false, null, [], En2027, projet.EmpreinteSoumise ?? string.Empty);

    [Fact]
    public void R11_TheFormStatesEachOfTheSixElementsItsFrameworkRequires_ByARequiredField()
    {
        var cadre = LeCatalogue.Type(Formulaire.Cadre);

        Assert.Equal(6, cadre.ElementsDesConventionsParticulieres?.Count);
        Assert.All(cadre.ElementsDesConventionsParticulieres ?? [], e => Assert.True(Formulaire.Definition(Formulaire.Elements[e])?.Requis));
    }

    [Fact]
    public void R11_AFormThatLeavesAnElementOut_IsRefusedAtStartUp()
    {
        const string json = """
            { "type": "cp", "libelle": "CP", "label": "CP", "comite": "comite-suivi", "validation": "comite-accompagnement", "cadre": "cadre-regional", "intitule": "t",
              "elements": { "Objectif": "t", "Inconnu": "t" },
              "champs": [ { "id": "t", "libelle": "T", "label": "T", "nature": "TexteCourt", "requis": true } ] }
            """;
        string Ressource(string nom)
        {
            using var lecteur = new StreamReader(typeof(CatalogueDesConventions).Assembly.GetManifestResourceStream(nom) ?? throw new InvalidOperationException(nom));
            return lecteur.ReadToEnd();
        }

        var erreur = Assert.Throws<CatalogueInvalideException>(() => CatalogueDesConventions.Depuis(
            [("types/cadre-regional.json", Ressource("types/cadre-regional.json"))],
            [("comites/suivi.json", Ressource("comites/comite-suivi.json")), ("comites/accompagnement.json", Ressource("comites/comite-accompagnement.json"))],
            conventionsParticulieres: [("cp/cp.json", json)]));

        Assert.Contains(erreur.Problemes, p => p.Contains("cp/cp.json", StringComparison.Ordinal) && p.Contains("'CahierDesCharges'", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("'Inconnu' is not one the framework requires", StringComparison.Ordinal));
    }

    [Fact]
    public void Enregistrer_PartOfTheElements_KeepsWhatPassesAndSendsBackWhatDoesNot()
    {
        var suivi = Suivi();
        var projet = ProjetDeConventionParticuliere.Rediger(ConventionParticuliereId.Nouveau(), suivi, Formulaire, Membre(2), En2027);

        var resultat = projet.Enregistrer(suivi, Formulaire, Saisies(new() { ["cp.intitule"] = "Job coaching", ["cp.partenaire.bce"] = "0123.456.789", ["cp.montant"] = "12,5" }), Membre(102), En2027);

        Assert.Equal("Job coaching", projet.Champs["cp.intitule"]);
        Assert.Equal("12.50", projet.Champs["cp.montant"]);
        Assert.Equal(CodesErreur.BceCle, resultat.Erreurs["cp.partenaire.bce"].Code);
        Assert.Equal("0123.456.789", resultat.NonEnregistrees["cp.partenaire.bce"]);
        Assert.Contains(projet.EntreesAJournaliser, e => e.Action == "convention-particuliere.modifiee");
    }

    [Fact]
    public void Enregistrer_AFieldAnotherDrafterChangedSinceTheCardShowedIt_ComesBackAsAConflict()
    {
        var suivi = Suivi();
        var projet = ProjetDeConventionParticuliere.Rediger(ConventionParticuliereId.Nouveau(), suivi, Formulaire, Membre(2), En2027);
        projet.Enregistrer(suivi, Formulaire, Saisies(new() { ["cp.partenaire"] = "ASBL Le Tremplin" }), Membre(2), En2027);

        var resultat = projet.Enregistrer(suivi, Formulaire, [new Saisie("cp.partenaire", "ASBL Autre", DossierDeProposition.EmpreinteDe(string.Empty))], Membre(102), En2027);

        Assert.Equal("ASBL Le Tremplin", resultat.Conflits["cp.partenaire"]);
        Assert.Equal("ASBL Le Tremplin", projet.Champs["cp.partenaire"]);
    }

    [Fact]
    public void R11_InscrireALOrdreDuJour_WithAnElementMissing_IsRefusedNamingIt()
    {
        var suivi = Suivi();
        var projet = ProjetDeConventionParticuliere.Rediger(ConventionParticuliereId.Nouveau(), suivi, Formulaire, Membre(2), En2027);
        var valeurs = SixElements();
        valeurs.Remove("cp.cahier-des-charges");
        projet.Enregistrer(suivi, Formulaire, Saisies(valeurs), Membre(2), En2027);

        var erreur = Assert.Throws<RegleMetierException>(() => projet.InscrireALOrdreDuJour(suivi, Formulaire, CadreRegional, Membre(1), En2027));

        Assert.Equal(CodesErreur.ElementsManquants, erreur.Code);
        Assert.Equal("Cahier des charges", erreur.Arguments[0]);
        Assert.Equal(EtatDuProjet.Brouillon, projet.Etat);
    }

    [Fact]
    public void R05_R10_TheOpinionThenTheValidation_EachPutOnTheAgendaByItsCommitteesSecretariat()
    {
        var suivi = Suivi();
        var accompagnement = Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", StatutsDAccompagnement, MembresDAccompagnement(), LeSecretariat, Maintenant);
        var projet = ProjetDeConventionParticuliere.Rediger(ConventionParticuliereId.Nouveau(), suivi, Formulaire, Membre(2), En2027);
        projet.Enregistrer(suivi, Formulaire, Saisies(SixElements()), Membre(2), En2027);

        Assert.Equal(CodesErreur.ReserveAuSecretariat, Assert.Throws<RegleMetierException>(() => projet.InscrireALOrdreDuJour(suivi, Formulaire, CadreRegional, Membre(2), En2027)).Code);
        Assert.Equal(EtapeDuComite.Avis, projet.InscrireALOrdreDuJour(suivi, Formulaire, CadreRegional, Membre(1), En2027));
        Assert.Equal(CodesErreur.ConventionParticuliereNonModifiable, Assert.Throws<RegleMetierException>(() => projet.Enregistrer(suivi, Formulaire, Saisies(new() { ["cp.montant"] = "1" }), Membre(2), En2027)).Code);
        Assert.Equal(IssueDuParcours.AvisFavorable, projet.AppliquerLeVote(Vote(projet, Decision.Adopte), Formulaire, suivi.Statuts.Code, null, LeSecretariat, En2027));

        var forem = accompagnement.Secretariat(new DateOnly(2027, 2, 1))[0];
        Assert.Equal(EtapeDuComite.Decision, projet.InscrireALOrdreDuJour(accompagnement, Formulaire, CadreRegional, forem, En2027));
        Assert.Null(projet.AppliquerLeVote(Vote(projet, Decision.Adopte), Formulaire, suivi.Statuts.Code, null, LeSecretariat, En2027));
        Assert.Equal(IssueDuParcours.Valide, projet.AppliquerLeVote(Vote(projet, Decision.Adopte), Formulaire, accompagnement.Statuts.Code, null, LeSecretariat, En2027));
        Assert.Equal(EtatDuProjet.Valide, projet.Etat);
        Assert.Equal("Taux d'insertion à six mois.", projet.Elements(Formulaire)["CriteresDEvaluation"]);
    }

    [Fact]
    public void AppliquerLeVote_Rejected_GoesBackToItsDraftersWithTheReason_AndCanBeChangedAgain()
    {
        var suivi = Suivi();
        var projet = ProjetDeConventionParticuliere.Rediger(ConventionParticuliereId.Nouveau(), suivi, Formulaire, Membre(2), En2027);
        projet.Enregistrer(suivi, Formulaire, Saisies(SixElements()), Membre(2), En2027);
        projet.InscrireALOrdreDuJour(suivi, Formulaire, CadreRegional, Membre(1), En2027);

        Assert.Equal(IssueDuParcours.Renvoye, projet.AppliquerLeVote(Vote(projet, Decision.Rejete), Formulaire, suivi.Statuts.Code, "Budget à préciser", LeSecretariat, En2027));

        Assert.Equal(EtatDuProjet.Brouillon, projet.Etat);
        Assert.Equal("Budget à préciser", projet.MotifDuRetour);
        Assert.True(projet.Enregistrer(suivi, Formulaire, [new Saisie("cp.montant", "20 000", DossierDeProposition.EmpreinteDe(projet.Champs["cp.montant"]))], Membre(2), En2027).EstSansReserve);
        Assert.Equal("20000.00", projet.Champs["cp.montant"]);
    }
}
