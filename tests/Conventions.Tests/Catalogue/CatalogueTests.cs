using Conventions.Valeurs;
using Conventions.Catalogue;

namespace Conventions.Tests.Catalogue;

public sealed class CatalogueTests
{
    [Fact]
    public void Charger_HoldsTheFiveKindsOfTheSeedsAndBothCommittees()
    {
        var catalogue = CatalogueDesConventions.Charger();

        Assert.Equal(["000", "001", "002", "003", "004"], catalogue.Types.Values.Select(t => t.Seed).Order(StringComparer.Ordinal));
        Assert.Equal(["comite-accompagnement", "comite-suivi"], catalogue.Comites.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Depuis_BrokenDefinitions_ListsEveryProblemWithItsFile()
    {
        var type = """
            { "code": "Mauvais Code", "intitule": "x", "seed": "999",
              "parties": [ { "role": "Forem", "signataires": [] } ],
              "duree": { "type": "Indeterminee" }, "reconduction": "TaciteAnnuelle",
              "preavis": { "mois": 3, "forme": "LettreRecommandee", "motifsRequis": true },
              "evaluation": { "anniversaire": true, "surDemande": true, "compteRenduValideParLesParties": true },
              "litige": "Amiable", "comite": "comite-inexistant", "sections": [] }
            """;
        var illisible = """{ "code": "x", "champInconnu": 1 }""";

        var erreur = Assert.Throws<CatalogueInvalideException>(() => CatalogueDesConventions.Depuis([("types/mauvais.json", type), ("types/illisible.json", illisible)], []));

        Assert.Contains(erreur.Problemes, p => p.StartsWith("types/illisible.json:", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("types/mauvais.json: code 'Mauvais Code'", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("at least two parties", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("authorised signatory", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("only a convention with a term can be renewed", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("committee 'comite-inexistant'", StringComparison.Ordinal));
        Assert.Contains(erreur.Problemes, p => p.Contains("at least one section", StringComparison.Ordinal));
    }

    [Fact]
    public void Depuis_ImpossibleFixedEndDay_IsRefused()
    {
        var json = """
            { "code": "fin-impossible", "intitule": "x", "seed": "x",
              "parties": [ { "role": "A", "signataires": [ { "fonction": "F", "libelle": "F", "label": "F" } ] }, { "role": "B", "signataires": [ { "fonction": "F", "libelle": "F", "label": "F" } ] } ],
              "duree": { "type": "JourFixe", "mois": 2, "jour": 29 }, "reconduction": "TaciteAnnuelle",
              "preavis": { "mois": 1, "forme": "Information", "motifsRequis": false },
              "evaluation": { "anniversaire": false, "surDemande": true, "compteRenduValideParLesParties": false },
              "litige": "Amiable", "sections": [ { "type": "Articles", "titre": "x" } ] }
            """;

        var erreur = Assert.Throws<CatalogueInvalideException>(() => CatalogueDesConventions.Depuis([("types/fin.json", json)], []));

        Assert.Contains(erreur.Problemes, p => p.Contains("29/2 does not exist every year", StringComparison.Ordinal));
    }

    [Fact]
    public void Formulaire_DeclaresTheRolesItsFieldsPlay_EachAFieldOfTheForm()
    {
        var formulaire = CatalogueDesConventions.Charger().Formulaires["initiative-locale"];

        Assert.NotNull(formulaire.Demandeur);
        Assert.NotNull(formulaire.Definition(formulaire.Demandeur));
        Assert.NotEmpty(formulaire.Resume ?? []);
        Assert.All(formulaire.Resume ?? [], champ => Assert.NotNull(formulaire.Definition(champ)));
        Assert.Equal("CPAS de Seraing", formulaire.DemandeurDans(new Dictionary<string, string> { [formulaire.Demandeur] = "CPAS de Seraing" }));
        Assert.Equal(NatureDeChamp.Bce, formulaire.Definition(formulaire.BceDuDemandeur ?? string.Empty)?.Nature);
    }

    [Fact]
    public void Formulaire_ApplicantsCompanyNumber_ReadFromItsFieldOnlyWhenValid()
    {
        var formulaire = CatalogueDesConventions.Charger().Formulaires["initiative-locale"];
        var champ = formulaire.BceDuDemandeur ?? string.Empty;

        Assert.Equal(NumeroBce.Depuis("0212.345.668"), formulaire.BceDuDemandeurDans(new Dictionary<string, string> { [champ] = "BE 0212 345 668" }));
        Assert.Null(formulaire.BceDuDemandeurDans(new Dictionary<string, string> { [champ] = "0212.345.669" }));
        Assert.Null(formulaire.BceDuDemandeurDans(new Dictionary<string, string>()));
    }
}
