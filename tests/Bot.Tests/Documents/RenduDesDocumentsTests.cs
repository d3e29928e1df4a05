using System.Text.RegularExpressions;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Documents;

/// <summary>
/// The generated documents looked at as pages (issue 14): rendered to PDF by LibreOffice, every page carries the
/// organisation and « page n sur N », a long table repeats its header on each page it runs over, no row is split
/// across two pages, an e-mail address or a phone number is never broken inside a column.
/// </summary>
public sealed partial class RenduDesDocumentsTests
{
    private static readonly CatalogueDesConventions Catalogue = CatalogueDesConventions.Charger();
    private static readonly AppelAProjets Appel = new("ilc-2027", "Initiatives locales de coopération 2027", "initiative-locale",
        new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 5, 31, 23, 59, 0, TimeSpan.FromHours(2)));

    [GeneratedRegex(@"page (\d+) sur (\d+)")]
    private static partial Regex NumeroDePage();

    private static void ChaquePageNumeroteeEtEntetee(IReadOnlyList<string> pages, string organisation)
    {
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s): the test needs a document of several pages.");
        foreach (var (page, rang) in pages.Select((p, i) => (p, i + 1)))
        {
            var numero = NumeroDePage().Match(page);
            Assert.True(numero.Success, $"page {rang} has no « page n sur N »:\n{page}");
            Assert.Equal((rang.ToString(System.Globalization.CultureInfo.InvariantCulture), pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), (numero.Groups[1].Value, numero.Groups[2].Value));
            Assert.Contains(organisation, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dossier_OfForty_Municipalities_EveryPageNumbered_TheTableHeaderRepeated_NoAddressBroken()
    {
        var agent = MembreId.Depuis("0c6a2f7e-1d4b-4c1e-8a3f-5b9d7e2c4a11");
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), Appel, agent, Appel.Ouverture.AddDays(1));
        var formulaire = Catalogue.Formulaires["initiative-locale"];
        Assert.True(dossier.Saisir([.. ValeursDeDossier.Toutes(formulaire, Appel, lignes: 40, longueur: 400).Select(v => new Saisie(v.Key, v.Value, null))], formulaire, Appel, agent).EstSansReserve);

        var pages = await RenduPdf.PagesAsync(DocumentDuDossier.Generer(dossier, formulaire, Catalogue.Type("initiative-locale"), Appel, "Le Forem"));

        ChaquePageNumeroteeEtEntetee(pages, "Le Forem — Initiative locale de coopération");
        Assert.True(pages.Count(p => p.Contains("bénéficiaires", StringComparison.Ordinal) && p.Contains("Commentaires", StringComparison.Ordinal)) >= 2, "The municipalities' table runs over several pages with its header on each.");
        Assert.DoesNotContain(pages, p => p.Contains("Commu ", StringComparison.Ordinal));
        var lignesAvecUneAdresse = pages.SelectMany(p => p.Split('\n')).Where(l => l.Contains("sophie.lambert", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lignesAvecUneAdresse);
        Assert.All(lignesAvecUneAdresse, l => Assert.Contains("sophie.lambert@cpas-seraing.be", l, StringComparison.Ordinal));
        var lignesAvecUnTelephone = pages.SelectMany(p => p.Split('\n')).Where(l => l.Contains("04 330", StringComparison.Ordinal)).ToList();
        Assert.All(lignesAvecUnTelephone, l => Assert.Contains("04 330 86 11", l, StringComparison.Ordinal));
        Assert.DoesNotContain(pages, p => p.Contains("Commentaire\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_OfManyLongActions_NoRowSplitAcrossTwoPages()
    {
        var formulaire = Catalogue.Plans["plan-d-actions"];
        var suivi = TeamsConventions.Tests.Partage.Jeu.ComiteDeSuivi(Catalogue.Comite("comite-suivi"), Appel.Ouverture);
        var maintenant = Appel.Ouverture;
        var plan = Conventions.Actions.PlanDActions.Rediger(Conventions.Actions.PlanDActionsId.Nouveau(), suivi, 2027, formulaire, null, TeamsConventions.Tests.Partage.Jeu.Membre(1), maintenant);
        foreach (var i in Enumerable.Range(1, 12))
        {
            var valeurs = new Dictionary<string, string>
            {
                ["action.intitule"] = $"Action {i}",
                ["action.objectif"] = $"DEBUT-{i:D2} " + string.Concat(Enumerable.Repeat("Accompagner les jeunes vers l'emploi par des ateliers et un suivi individuel. ", 11)) + $"FIN-{i:D2}",
                ["action.responsable"] = TeamsConventions.Tests.Partage.Jeu.Membre(2).ToString(),
                ["action.indicateurs"] = "Entrées en formation ; mises à l'emploi.",
            };
            Assert.True(plan.EnregistrerAction(suivi, formulaire, $"a{i:D2}", [.. valeurs.Select(v => new Saisie(v.Key, v.Value, null))], TeamsConventions.Tests.Partage.Jeu.Membre(1), maintenant).EstSansReserve);
        }

        var pages = await RenduPdf.PagesAsync(DocumentDuPlan.Generer(new TeamsConventions.Application.Actions.PlanOuvert(plan, suivi, formulaire), "Le Forem"));

        ChaquePageNumeroteeEtEntetee(pages, "Le Forem — Plan d'actions 2027");
        foreach (var i in Enumerable.Range(1, 12))
        {
            var debut = pages.Select((p, rang) => (p, rang)).Single(x => x.p.Contains($"DEBUT-{i:D2}", StringComparison.Ordinal)).rang;
            var fin = pages.Select((p, rang) => (p, rang)).Single(x => x.p.Contains($"FIN-{i:D2}", StringComparison.Ordinal)).rang;
            Assert.True(debut == fin, $"The objective of action {i} starts on page {debut + 1} and ends on page {fin + 1}.");
        }
    }

    [Fact]
    public async Task Convention_InItsKindsTemplate_EveryPageNumberedAndHeaded_ArticlesInOrder_SignatureTableOnOnePage()
    {
        var convention = TeamsConventions.Tests.Partage.ProjetsComplets.Redigee(Catalogue, "cooperation-forem-cpas");
        var modele = ModelesDeConvention.Charger(Catalogue, null, new List<string>())[convention.Type.Code];

        var pages = await RenduPdf.PagesAsync(DocumentDeLaConvention.Generer(convention, modele, "Le Forem", Catalogue.FormulairesDeConvention[convention.Type.Code]));

        ChaquePageNumeroteeEtEntetee(pages, $"Le Forem — {convention.Type.Intitule}");
        var texte = string.Join("\n", pages);
        var articles = Enumerable.Range(1, 8).Select(n => texte.IndexOf($"Article {n} —", StringComparison.Ordinal)).ToList();
        Assert.All(articles, a => Assert.True(a >= 0));
        Assert.Equal(articles.Order(), articles);
        var signatures = pages.Select((p, rang) => (p, rang)).Where(x => x.p.Contains("Administrateur", StringComparison.Ordinal) || x.p.Contains("Président", StringComparison.Ordinal)).Select(x => x.rang).Distinct().ToList();
        Assert.Single(signatures);
        Assert.Contains("Fait en 2 exemplaires", texte, StringComparison.Ordinal);
    }
}
