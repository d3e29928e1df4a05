using System.Text.Json;
using Conventions.Accords;
using Conventions.Catalogue;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using TeamsConventions.Tests.Partage;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Accords;

/// <summary>
/// Issue 14, the kinds without a call, over HTTP with the fake channel and Azurite: « nouvelle convention », its
/// kind chosen, the draft filled step by step on its kind's cards (a table's rows one by one), drawn up, its
/// signatories designated by its drafter, each signing 1:1 — one after the other where the kind says so — until
/// it is in force; the stored convention and both audit trails checked.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class ConventionsEnChatTests(AzuriteFixture azurite) : ComitesEnCanalTestBase(azurite)
{
    private const int Redactrice = 40;
    private const int PremierSignataire = 50;

    public static TheoryData<string> Types()
    {
        var types = new TheoryData<string>();
        foreach (var (type, _) in ProjetsComplets.Types)
        {
            types.Add(type);
        }

        return types;
    }

    private static Func<System.Text.Json.Nodes.JsonObject, System.Text.Json.Nodes.JsonObject> DuType(string type) => d =>
    {
        d["_type"] = type;
        return d;
    };

    /// <summary>Fills every step of the draft from <paramref name="champs"/>: its fields, then each row of its tables; ends on the summary card.</summary>
    private async Task<JsonElement> RemplirAsync(JsonElement carte, FormulaireDeDossier formulaire, Dictionary<string, string> champs)
    {
        foreach (var (etape, index) in formulaire.Etapes.Select((e, i) => (e, i)))
        {
            var simples = etape.Champs.Where(c => c.Nature != NatureDeChamp.Tableau && champs.ContainsKey(c.Id)).ToDictionary(c => c.Id, c => champs[c.Id]);
            foreach (var tableau in etape.Champs.Where(c => c.Nature == NatureDeChamp.Tableau))
            {
                foreach (var ligne in ContenuDuFormulaire.Lignes(champs, tableau.Id))
                {
                    var editeur = await AppuyerEnPriveAsync(carte, Redactrice, "ajouterLigne", simples);
                    var (_, donnees) = Action(editeur, d => d["_aller"]?.GetValue<string>() == "enregistrerLigne");
                    var nouvelle = donnees["_ligne"]?.GetValue<string>() ?? throw new InvalidOperationException("No row id.");
                    var cellules = (tableau.Colonnes ?? []).Where(c => champs.ContainsKey(new CelluleDeTableau(tableau.Id, ligne, c.Id).Cle))
                        .ToDictionary(c => new CelluleDeTableau(tableau.Id, nouvelle, c.Id).Cle, c => champs[new CelluleDeTableau(tableau.Id, ligne, c.Id).Cle]);
                    carte = await AppuyerEnPriveAsync(editeur, Redactrice, "enregistrerLigne", cellules);
                    Assert.Contains("Enregistré à", CarteJson.Texte(carte), StringComparison.Ordinal);
                }
            }

            carte = await AppuyerEnPriveAsync(carte, Redactrice, index < formulaire.Etapes.Count - 1 ? "suivante" : "recapitulatif", simples);
            Assert.DoesNotContain("à revoir", CarteJson.Texte(carte), StringComparison.Ordinal);
        }

        return carte;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task NouvelleConvention_DraftedSignedInTeams_ComesIntoForce(string type)
    {
        var formulaire = Service<CatalogueDesConventions>().FormulairesDeConvention[type];
        var kind = Service<CatalogueDesConventions>().Type(type);
        await EcrireEnPriveAsync(Redactrice, "aide");
        var types = await EcrireEnPriveAsync(Redactrice, "nouvelle convention");
        Assert.Contains(kind.Intitule, CarteJson.Texte(types), StringComparison.Ordinal);
        Assert.DoesNotContain("Initiative locale", CarteJson.Texte(types), StringComparison.Ordinal);

        var premiere = await AppuyerEnPriveAsync(types, Redactrice, "commencer", falsifier: DuType(type));
        Assert.Contains($"Étape 1 sur {formulaire.Etapes.Count}", CarteJson.Texte(premiere), StringComparison.Ordinal);
        var recapitulatif = await RemplirAsync(premiere, formulaire, ProjetsComplets.Champs(type));
        Assert.Contains("Tout ce qui est obligatoire est rempli", CarteJson.Texte(recapitulatif), StringComparison.Ordinal);
        Assert.Contains("Brouillon — 100", CarteJson.Texte(await EcrireEnPriveAsync(Redactrice, "mes conventions")), StringComparison.Ordinal);

        var designation = await AppuyerEnPriveAsync(recapitulatif, Redactrice, "rediger");
        Assert.Contains("La convention est rédigée", CarteJson.Texte(designation), StringComparison.Ordinal);
        var (_, donnees) = Action(designation, d => d["_aller"]?.GetValue<string>() == "designer");
        var id = new ConventionId(Guid.ParseExact(donnees["_convention"]?.GetValue<string>() ?? string.Empty, "N"));
        var convention = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Not drawn up.");
        Assert.Equal([new Redacteur(Membre(Redactrice), $"Membre {Redactrice}")], convention.Redacteurs);

        // The names the draft gives are suggested; the drafter designates one person per required signature.
        var requises = convention.SignaturesRequises();
        Assert.All(requises.Select((_, rang) => rang), rang => Assert.False(string.IsNullOrEmpty(Saisie(designation, $"nom-{rang}"))));
        var choix = requises.Select((_, rang) => rang).ToDictionary(rang => $"signataire-{rang}", rang => Membre(PremierSignataire + rang).ToString());
        foreach (var rang in Enumerable.Range(0, requises.Count))
        {
            await EcrireEnPriveAsync(PremierSignataire + rang, "aide");
        }

        Assert.Contains("Seuls les rédacteurs de cette convention", CarteJson.Texte(await AppuyerEnPriveAsync(designation, PremierSignataire, "designer", choix)), StringComparison.Ordinal);
        Assert.Contains("Les signataires ont reçu la convention à signer.", CarteJson.Texte(await AppuyerEnPriveAsync(designation, Redactrice, "designer", choix)), StringComparison.Ordinal);

        foreach (var ((partie, _), rang) in requises.Select((r, i) => (r, i)))
        {
            var carte = (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{PremierSignataire + rang}", StringComparison.Ordinal)
                && r.Body.Contains($"Vous signez pour {partie}", StringComparison.Ordinal))).Carte;
            Assert.Contains("Votre signature est enregistrée", CarteJson.Texte(await AppuyerEnPriveAsync(carte, PremierSignataire + rang, "signer", new Dictionary<string, string> { ["lieu"] = "Namur" })), StringComparison.Ordinal);
        }

        var signee = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");
        Assert.NotNull(signee.DateDeSignature);
        Assert.Equal(requises.Count, signee.Signatures.Count);
        Assert.Equal(ProjetsComplets.Types.Single(t => t.Type == type).PremierePartie, signee.Parties[0].Nom);
        Assert.Contains(id, await Service<EvenementsDesConventions>().SigneesAsync(CancellationToken.None));
        var journal = (await Service<ConventionsStockees>().JournalAsync(id.ToString(), CancellationToken.None)).OrderBy(e => e.RowKey, StringComparer.Ordinal).Select(e => e.Action).ToList();
        Assert.Equal(["convention.redigee", "convention.signataires-designes", .. requises.Select(_ => "convention.signee"), "convention.en-vigueur"], journal);
        var projet = (await Service<ProjetsDeConventionStockes>().JournalAsync(id.ToString(), CancellationToken.None)).OrderBy(e => e.RowKey, StringComparer.Ordinal).Select(e => e.Action).ToList();
        Assert.Equal("projet-de-convention.commence", projet[0]);
        Assert.Equal("projet-de-convention.redige", projet[^1]);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{Redactrice}", StringComparison.Ordinal) && r.Body.Contains("elle est en vigueur depuis le", StringComparison.Ordinal));
        var mes = CarteJson.Texte(await EcrireEnPriveAsync(Redactrice, "mes conventions"));
        Assert.Contains("En vigueur depuis le", mes, StringComparison.Ordinal);
        Assert.DoesNotContain("Brouillon", mes, StringComparison.Ordinal);
    }
}
