using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Dossiers;

/// <summary>Filling the dossier step by step: each field checked for what it is, co-editors never overwriting each other.</summary>
public sealed class SaisieTests
{
    private static readonly AppelAProjets Appel = new("appel-2019", "Initiatives locales de coopération 2019", "initiative-locale",
        new DateTimeOffset(2019, 5, 9, 0, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2019, 5, 31, 23, 59, 59, TimeSpan.FromHours(2)));

    private static readonly DateTimeOffset EnMai = new(2019, 5, 20, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly MembreId Agent = Membre(101);
    private static readonly MembreId Conseiller = Membre(102);
    private static readonly FormulaireDeDossier Formulaire = LeCatalogue.Formulaires["initiative-locale"];

    private static DossierDeProposition Nouveau()
    {
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), Appel, Agent, EnMai);
        dossier.InviterEditeur(Conseiller, Agent);
        return dossier;
    }

    private static Saisie S(string champ, string? valeur, string? vue = null) => new(champ, valeur, vue);

    [Fact]
    public void Formulaire_OfTheLocalInitiative_HasEveryMandatoryFieldOfItsKindAndTheSeedSectionsInOrder()
    {
        var ids = Formulaire.Champs.Select(c => c.Id).ToList();
        Assert.All(InitiativeLocale.ChampsObligatoiresDuDossier!, o => Assert.Contains(ids, i => i == o || i.StartsWith(o + ".", StringComparison.Ordinal)));
        Assert.Equal(["cpas", "communes", "forem", "pilotage", "existante", "proposee", "modalites", "objectifs", "ressources", "compensation"], Formulaire.Etapes.Select(e => e.Id));
        Assert.Equal(3, Formulaire.Champs.Count(c => c.Nature == NatureDeChamp.Tableau));
    }

    [Fact]
    public void Formulaire_NamingAMissingFieldOrOption_IsRefusedAtStartUpWithTheFileAndTheField()
    {
        var type = Ressource("types/initiative-locale.json");
        const string formulaire = """{ "type": "initiative-locale", "bceDuDemandeur": "n", "etapes": [ { "id": "e", "titre": "E", "title": "E", "champs": [ { "id": "c", "libelle": "C", "label": "C", "nature": "Choix", "options": "aucune" }, { "id": "n", "libelle": "N", "label": "N", "nature": "TexteCourt" } ] } ] }""";
        var erreur = Assert.Throws<CatalogueInvalideException>(() => CatalogueDesConventions.Depuis([("types/initiative-locale.json", type)], [("comites/suivi.json", Ressource("comites/comite-suivi.json")), ("comites/accompagnement.json", Ressource("comites/comite-accompagnement.json"))], [("formulaires/k.json", formulaire)]));
        Assert.Contains(erreur.Problemes, p => p.Contains("formulaires/k.json", StringComparison.Ordinal) && p.Contains("'identification.cpas.nom'", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("field 'c'", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("'n' named as the applicant's company number", StringComparison.Ordinal));
    }

    private static string Ressource(string nom)
    {
        using var lecteur = new StreamReader(typeof(CatalogueDesConventions).Assembly.GetManifestResourceStream(nom)!);
        return lecteur.ReadToEnd();
    }

    [Theory]
    [InlineData("identification.cpas.bce", "0455.266.925", CodesErreur.BceCle)]
    [InlineData("identification.cpas.bce", "12345", CodesErreur.BceFormat)]
    [InlineData("identification.cpas.contact.mail", "sophie.lambert@", CodesErreur.MailInvalide)]
    [InlineData("identification.cpas.contact.telephone", "04 12", CodesErreur.TelephoneInvalide)]
    [InlineData("identification.cpas.president", "Marie 2000", CodesErreur.NomInvalide)]
    [InlineData("identification.cpas.adresse", "Rue Haute 1\nSeraing", CodesErreur.TexteSurUneLigne)]
    [InlineData("cooperationExistante.personnes", "une trentaine", CodesErreur.NombreInvalide)]
    [InlineData("cooperationExistante.personnes", "-3", CodesErreur.NombreInvalide)]
    [InlineData("compensation#a1.montant", "-1500", CodesErreur.MontantNegatif)]
    [InlineData("compensation#a1.montant", "12,3456", CodesErreur.MontantDecimales)]
    [InlineData("compensation#a1.montant", "0.125", CodesErreur.MontantDecimales)]
    [InlineData("cooperationExistante.personnes", "1.25", CodesErreur.NombreInvalide)]
    [InlineData("cooperationProposee.periode.debut", "2019-02-30", CodesErreur.DateInvalide)]
    [InlineData("cooperationProposee.periode.debut", "2019-05-01", CodesErreur.DateAvantOuverture)]
    [InlineData("cooperationExistante.depuis", "2019-06-15", CodesErreur.DateApresCloture)]
    [InlineData("cooperationProposee.publics", "moins25,inventé", CodesErreur.ChoixInvalide)]
    public void Saisir_AWrongValue_IsRefusedForItsFieldWithTheReasonAndKeptToShowBack(string champ, string saisie, string code)
    {
        var dossier = Nouveau();
        var resultat = dossier.Saisir([S(champ, saisie), S("identification.cpas.nom", "CPAS de Seraing")], Formulaire, Appel, Agent);
        Assert.Equal(code, resultat.Erreurs[champ].Code);
        Assert.Equal(saisie, resultat.NonEnregistrees[champ]);
        Assert.False(dossier.Champs.ContainsKey(champ));
        Assert.Equal("CPAS de Seraing", dossier.Champs["identification.cpas.nom"]);
    }

    [Fact]
    public void Saisir_ValuesTypedAnyWay_AreStoredInOneForm()
    {
        var dossier = Nouveau();
        var resultat = dossier.Saisir(
        [
            S("identification.cpas.bce", "BE 0212.345.668"),
            S("cooperationExistante.personnes", "1 250"),
            S("compensation#a1.description", "Coordination\u0007 locale"),
            S("compensation#a1.montant", "12 500,5 €"),
            S("cooperationProposee.periode.debut", "01/06/2019"),
            S("cooperationProposee.publics", "article61, moins25"),
        ], Formulaire, Appel, Agent);
        Assert.True(resultat.EstSansReserve, string.Join("; ", resultat.Erreurs.Values.Select(e => e.Message)));
        Assert.Equal("0212.345.668", dossier.Champs["identification.cpas.bce"]);
        Assert.Equal("1250", dossier.Champs["cooperationExistante.personnes"]);
        Assert.Equal("Coordination locale", dossier.Champs["compensation#a1.description"]);
        Assert.Equal("12500.50", dossier.Champs["compensation#a1.montant"]);
        Assert.Equal("2019-06-01", dossier.Champs["cooperationProposee.periode.debut"]);
        Assert.Equal("moins25,article61", dossier.Champs["cooperationProposee.publics"]);
    }

    [Theory]
    [InlineData("compensation#a1.montant", "64000", "64000.00")]
    [InlineData("compensation#a1.montant", "64 000", "64000.00")]
    [InlineData("compensation#a1.montant", "64\\u00A0000", "64000.00")]
    [InlineData("compensation#a1.montant", "64.000", "64000.00")]
    [InlineData("compensation#a1.montant", "1.234,50 €", "1234.50")]
    [InlineData("compensation#a1.montant", "1,234.50", "1234.50")]
    [InlineData("compensation#a1.montant", "12,500.50", "12500.50")]
    [InlineData("compensation#a1.montant", "10.000.000", "10000000.00")]
    [InlineData("compensation#a1.montant", "1234,5", "1234.50")]
    [InlineData("cooperationExistante.personnes", "64 000", "64000")]
    [InlineData("cooperationExistante.personnes", "64.000", "64000")]
    [InlineData("cooperationExistante.personnes", "1,250", "1250")]
    [InlineData("cooperationExistante.personnes", "1\\u202F250", "1250")]
    public void Saisir_AmountsAndCountsWithThousandsGrouped_AreReadTheWayBelgianAndEnglishWritersMeanThem(string champ, string saisie, string stocke)
    {
        var dossier = Nouveau();
        Saisie[] ligne = champ.StartsWith("compensation#", StringComparison.Ordinal) ? [S("compensation#a1.description", "Coordination")] : [];
        var resultat = dossier.Saisir([.. ligne, S(champ, System.Text.RegularExpressions.Regex.Unescape(saisie))], Formulaire, Appel, Agent);
        Assert.True(resultat.EstSansReserve, string.Join("; ", resultat.Erreurs.Values.Select(e => e.Message)));
        Assert.Equal(stocke, dossier.Champs[champ]);
    }

    [Fact]
    public void Saisir_APeriodEndingBeforeItStarts_IsRefusedOnItsEnd()
    {
        var dossier = Nouveau();
        var resultat = dossier.Saisir([S("cooperationProposee.periode.debut", "2019-06-01"), S("cooperationProposee.periode.fin", "2019-05-31")], Formulaire, Appel, Agent);
        Assert.Equal(CodesErreur.DateAvantDebut, resultat.Erreurs["cooperationProposee.periode.fin"].Code);
        Assert.Equal("2019-06-01", dossier.Champs["cooperationProposee.periode.debut"]);
        Assert.False(dossier.Champs.ContainsKey("cooperationProposee.periode.fin"));
    }

    [Fact]
    public void Saisir_ATableRowWithoutItsRequiredColumns_IsNotKept()
    {
        var dossier = Nouveau();
        var resultat = dossier.Saisir([S("identification.comitePilotage#a1.fonction", "Directrice"), S("identification.comitePilotage#a1.mail", "a.b@cpas.be")], Formulaire, Appel, Agent);
        Assert.Equal(CodesErreur.LigneIncomplete, resultat.Erreurs["identification.comitePilotage#a1.siege"].Code);
        Assert.Equal(CodesErreur.LigneIncomplete, resultat.Erreurs["identification.comitePilotage#a1.nom"].Code);
        Assert.False(dossier.EstRempli("identification.comitePilotage"));

        dossier.Saisir([S("identification.comitePilotage#a1.siege", "CPAS signataire"), S("identification.comitePilotage#a1.nom", "Anne Collard")], Formulaire, Appel, Agent);
        Assert.True(dossier.EstRempli("identification.comitePilotage"));
        dossier.SupprimerLigne(Formulaire, "identification.comitePilotage", "a1", Agent);
        Assert.False(dossier.EstRempli("identification.comitePilotage"));
    }

    [Fact]
    public void Saisir_TwoEditorsOfDifferentFields_BothKeepTheirEdit()
    {
        var dossier = Nouveau();
        var vide = DossierDeProposition.EmpreinteDe(null);
        dossier.Saisir([S("identification.cpas.nom", "CPAS de Seraing", vide)], Formulaire, Appel, Agent);
        var resultat = dossier.Saisir([S("identification.forem.bassin", "Liège", vide), S("identification.cpas.nom", "CPAS de Seraing", vide)], Formulaire, Appel, Conseiller);
        Assert.True(resultat.EstSansReserve);
        Assert.Equal("CPAS de Seraing", dossier.Champs["identification.cpas.nom"]);
        Assert.Equal("Liège", dossier.Champs["identification.forem.bassin"]);
    }

    [Fact]
    public void Saisir_TheSecondEditorOfTheSameField_GetsAConflictWithTheCurrentValueAndOverwritesOnlyKnowingly()
    {
        var dossier = Nouveau();
        var vide = DossierDeProposition.EmpreinteDe(null);
        dossier.Saisir([S("identification.cpas.adresse", "Rue Haute 1, 4100 Seraing", vide)], Formulaire, Appel, Agent);

        var resultat = dossier.Saisir([S("identification.cpas.adresse", "Place Communale 8, 4100 Seraing", vide)], Formulaire, Appel, Conseiller);
        Assert.Equal("Rue Haute 1, 4100 Seraing", resultat.Conflits["identification.cpas.adresse"]);
        Assert.Equal("Place Communale 8, 4100 Seraing", resultat.NonEnregistrees["identification.cpas.adresse"]);
        Assert.Equal("Rue Haute 1, 4100 Seraing", dossier.Champs["identification.cpas.adresse"]);

        var vue = DossierDeProposition.EmpreinteDe(resultat.Conflits["identification.cpas.adresse"]);
        Assert.True(dossier.Saisir([S("identification.cpas.adresse", "Place Communale 8, 4100 Seraing", vue)], Formulaire, Appel, Conseiller).EstSansReserve);
        Assert.Equal("Place Communale 8, 4100 Seraing", dossier.Champs["identification.cpas.adresse"]);
    }

    [Fact]
    public void Saisir_AFieldTheFormDoesNotHave_IsRefusedAndNothingIsWritten()
    {
        var dossier = Nouveau();
        var erreur = Assert.Throws<RegleMetierException>(() => dossier.Saisir([S("identification.cpas.nom", "CPAS"), S("etat", "Approuve")], Formulaire, Appel, Agent));
        Assert.Equal(CodesErreur.ChampInconnu, erreur.Code);
        Assert.Empty(dossier.Champs);
    }

    [Fact]
    public void EmpreinteDuContenu_ChangesWithAnyValue_NotWithTheOrderOfEntry()
    {
        var a = Nouveau();
        var b = Nouveau();
        a.Saisir([S("identification.cpas.nom", "CPAS de Seraing"), S("identification.forem.bassin", "Liège")], Formulaire, Appel, Agent);
        b.Saisir([S("identification.forem.bassin", "Liège"), S("identification.cpas.nom", "CPAS de Seraing")], Formulaire, Appel, Agent);
        Assert.Equal(a.EmpreinteDuContenu(), b.EmpreinteDuContenu());
        b.Saisir([S("identification.forem.bassin", "Huy-Waremme", DossierDeProposition.EmpreinteDe("Liège"))], Formulaire, Appel, Agent);
        Assert.NotEqual(a.EmpreinteDuContenu(), b.EmpreinteDuContenu());
    }
}
