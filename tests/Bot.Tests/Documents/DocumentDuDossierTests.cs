using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Documents;

/// <summary>The dossier as a Word document: valid for Word, laid out like the seed form, holding what was typed.</summary>
public sealed class DocumentDuDossierTests
{
    private static readonly CatalogueDesConventions Catalogue = CatalogueDesConventions.Charger();
    private static readonly AppelAProjets Appel = new("ilc-2027", "Initiatives locales de coopération 2027", "initiative-locale",
        new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 5, 31, 23, 59, 0, TimeSpan.FromHours(2)));

    private static DossierDeProposition Rempli(int lignes)
    {
        var agent = MembreId.Depuis("0c6a2f7e-1d4b-4c1e-8a3f-5b9d7e2c4a11");
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), Appel, agent, Appel.Ouverture.AddDays(1));
        var formulaire = Catalogue.Formulaires["initiative-locale"];
        var resultat = dossier.Saisir([.. ValeursDeDossier.Toutes(formulaire, Appel, lignes).Select(v => new Saisie(v.Key, v.Value, null))], formulaire, Appel, agent);
        Assert.True(resultat.EstSansReserve);
        return dossier;
    }

    [Fact]
    public void Generer_FullDossier_OpensWithoutValidationErrorAndHoldsEveryPartAndValue()
    {
        var dossier = Rempli(lignes: 3);

        var octets = DocumentDuDossier.Generer(dossier, Catalogue.Formulaires["initiative-locale"], Catalogue.Type("initiative-locale"), Appel);

        using var word = WordprocessingDocument.Open(new MemoryStream(octets), false);
        var erreurs = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(erreurs.Count == 0, string.Join("\n", erreurs));
        var texte = word.MainDocumentPart!.Document!.InnerText;
        foreach (var attendu in new[]
        {
            "Initiative locale de coopération Forem – CPAS", "I.1 Candidats — CPAS signataire", "IV. Besoins éventuels de compensation financière",
            ValeursDeDossier.NomDuCpas, "0212.345.668", "sophie.lambert@cpas-seraing.be", "Bénéficiaires d'un contrat «\u00a0article 60\u00a0»", dossier.EmpreinteDuContenu(),
        })
        {
            Assert.Contains(attendu, texte, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generer_EmptyDossier_StillValidWithEmptyTablesSaid()
    {
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), Appel, MembreId.Depuis("0c6a2f7e-1d4b-4c1e-8a3f-5b9d7e2c4a11"), Appel.Ouverture.AddDays(1));

        var octets = DocumentDuDossier.Generer(dossier, Catalogue.Formulaires["initiative-locale"], Catalogue.Type("initiative-locale"), Appel);

        using var word = WordprocessingDocument.Open(new MemoryStream(octets), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        Assert.Contains("(aucune ligne)", word.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
    }
}
