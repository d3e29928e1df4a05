using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Accords;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Accords;

/// <summary>
/// R03 and R23 in Teams (issue 14): the Comité d'accompagnement approves a dossier, its convention is drawn up from
/// the dossier; Forem, its secretariat (R05), designates the signatories — the CPAS's President and Directeur
/// général, Forem's Administrateur général, who signs electronically with the place — each signs 1:1 the version
/// they were shown, as the person Teams says pressed; the last signature puts it in force, told and kept as an event.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class SignatureDeLaConventionTests(AzuriteFixture azurite) : ConventionsEnSignatureTestBase(azurite)
{
    [Fact]
    public async Task ApprovedDossier_BecomesAConvention_DesignatedSignatoriesSign_AndItComesIntoForce()
    {
        foreach (var membre in new[] { 230, AdministrateurGeneral, President, Directrice })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        var convention = await ConventionApprouveeAsync();
        Assert.Equal(["Le Forem", ValeursDeDossier.NomDuCpas], convention.Parties.Select(p => p.Nom));

        // Forem, the deciding committee's secretariat, gets the card: the names the dossier gives are suggested.
        var designation = await CarteRecueAsync(230, "Envoyer aux signataires");
        Assert.Equal("Paul Dupont", Saisie(designation, "nom-1"));
        Assert.Equal("Anne Martin", Saisie(designation, "nom-2"));
        var incomplete = CarteJson.Texte(await AppuyerEnPriveAsync(designation, 230, "designer", new Dictionary<string, string> { ["nom-0"] = "Marie Leroy" }));
        Assert.Contains("Choisissez la personne qui signe pour Le Forem en tant que Administrateur général", incomplete, StringComparison.Ordinal);
        Assert.Contains("Seul le secrétariat du Comité d'accompagnement", CarteJson.Texte(await AppuyerEnPriveAsync(designation, President, "designer", LesTroisSignataires())), StringComparison.Ordinal);
        Assert.Empty((await Service<ConventionsStockees>().ChargerAsync(convention.Id, CancellationToken.None))?.Convention.Designations ?? []);
        Canal.Oublier();
        Assert.Contains("Les signataires ont reçu la convention à signer.", CarteJson.Texte(await AppuyerEnPriveAsync(designation, 230, "designer", LesTroisSignataires())), StringComparison.Ordinal);

        // Each signatory is sent what they sign and as whom, with the document and its hash.
        var pourLAg = await CarteRecueAsync(AdministrateurGeneral, "Vous signez pour Le Forem");
        Assert.Contains(convention.EmpreinteEnVigueur, CarteJson.Texte(pourLAg), StringComparison.Ordinal);
        using (var document = await Bot.Http.GetAsync(new Uri(Lien(pourLAg) ?? throw new InvalidOperationException("No document link.")).PathAndQuery.TrimStart('/')))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, document.StatusCode);
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await document.Content.ReadAsByteArrayAsync()), false);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word));
            var contenu = word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
            Assert.Contains("Fait en 2 exemplaires", contenu, StringComparison.Ordinal);
            Assert.Contains("Anne Martin", contenu, StringComparison.Ordinal);
            Assert.Contains(convention.EmpreinteEnVigueur, contenu, StringComparison.Ordinal);
        }

        var pourLePresident = await CarteRecueAsync(President, "Vous signez pour CPAS de Seraing en tant que Président");
        var pourLaDirectrice = await CarteRecueAsync(Directrice, "en tant que Directeur général");
        Assert.Contains("À signer par vous", CarteJson.Texte(await EcrireEnPriveAsync(Directrice, "mes conventions")), StringComparison.Ordinal);
        Assert.Contains("Initiative locale de coopération Forem – CPAS (dossier de proposition) — CPAS de Seraing", CarteJson.Texte(await EcrireEnPriveAsync(Directrice, "mes dossiers")), StringComparison.Ordinal);
        var suivi = await Service<Conventions.Suivi.IElementsSuivis>().ListerAsync(Membre(Directrice), CancellationToken.None);
        Assert.Equal(Conventions.Suivi.EtatElement.ActionAttendue, Assert.Single(suivi, e => e.Nature == Conventions.Suivi.NatureElement.Signature).Etat);

        // Whoever presses is the person Teams names: the President pressing the AG's card signs nothing; an old hash is refused; the place is required.
        Assert.Contains("Seule la personne désignée signe pour Le Forem", CarteJson.Texte(await AppuyerEnPriveAsync(pourLAg, President, "signer", new Dictionary<string, string> { ["lieu"] = "Namur" })), StringComparison.Ordinal);
        var ancienne = await AppuyerEnPriveAsync(pourLAg, AdministrateurGeneral, "signer", new Dictionary<string, string> { ["lieu"] = "Namur" }, d => { d["_empreinte"] = "sha256:ancienne"; return d; });
        Assert.Contains("version", CarteJson.Texte(ancienne), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Votre signature est enregistrée", CarteJson.Texte(ancienne), StringComparison.Ordinal);
        Assert.Contains("«\u00a0lieu\u00a0»", CarteJson.Texte(await AppuyerEnPriveAsync(pourLAg, AdministrateurGeneral, "signer")), StringComparison.Ordinal);
        Assert.Empty((await Service<ConventionsStockees>().ChargerAsync(convention.Id, CancellationToken.None))?.Convention.Signatures ?? []);

        Assert.Contains("Votre signature est enregistrée", CarteJson.Texte(await AppuyerEnPriveAsync(pourLAg, AdministrateurGeneral, "signer", new Dictionary<string, string> { ["lieu"] = "Namur" })), StringComparison.Ordinal);
        Assert.Contains("déjà", CarteJson.Texte(await AppuyerEnPriveAsync(pourLAg, AdministrateurGeneral, "signer", new Dictionary<string, string> { ["lieu"] = "Namur" })), StringComparison.Ordinal);
        await AppuyerEnPriveAsync(pourLePresident, President, "signer");
        Canal.Oublier();
        await AppuyerEnPriveAsync(pourLaDirectrice, Directrice, "signer");

        var signee = (await Service<ConventionsStockees>().ChargerAsync(convention.Id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");
        Assert.NotNull(signee.DateDeSignature);
        Assert.Equal([Membre(AdministrateurGeneral), Membre(President), Membre(Directrice)], signee.Signatures.Select(s => s.Signataire));
        Assert.Equal("Namur", signee.Signatures[0].Lieu);
        Assert.Contains(convention.Id, await Service<EvenementsDesConventions>().SigneesAsync(CancellationToken.None));
        Assert.All(await Service<Conventions.Suivi.IElementsSuivis>().ListerAsync(Membre(Directrice), CancellationToken.None), e => Assert.Equal(Conventions.Suivi.EtatElement.Termine, e.Etat));

        // What follows the entry into force is done out of the last signatory's answer: everyone's list says done.
        await Attendre.QueAsync(async () => (await Service<Conventions.Suivi.IElementsSuivis>().ListerAsync(Membre(AdministrateurGeneral), CancellationToken.None))
            .Single(e => e.Nature == Conventions.Suivi.NatureElement.Signature).Etat == Conventions.Suivi.EtatElement.Termine);
        await Attendre.QueAsync(async () => (await Service<EvenementsDesConventions>().EnVigueurAAnnoncerAsync(CancellationToken.None)).Count == 0);
        foreach (var membre in new[] { 230, AdministrateurGeneral, President, Directrice })
        {
            await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{membre}", StringComparison.Ordinal) && r.Body.Contains("elle est en vigueur depuis le", StringComparison.Ordinal));
        }

        var journal = await Service<ConventionsStockees>().JournalAsync(convention.Id.ToString(), CancellationToken.None);
        Assert.Equal(["convention.redigee", "convention.signataires-designes", "convention.signee", "convention.signee", "convention.signee", "convention.en-vigueur"], journal.OrderBy(e => e.RowKey, StringComparer.Ordinal).Select(e => e.Action));
        Assert.Contains("En vigueur depuis le", CarteJson.Texte(await EcrireEnPriveAsync(230, "mes conventions")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuser_WithItsReason_StopsTheRound_AndTheSecretariatIsTold()
    {
        foreach (var membre in new[] { 230, AdministrateurGeneral, President, Directrice })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        var convention = await ConventionApprouveeAsync();
        await AppuyerEnPriveAsync(await CarteRecueAsync(230, "Envoyer aux signataires"), 230, "designer", LesTroisSignataires());
        var pourLaDirectrice = await CarteRecueAsync(Directrice, "en tant que Directeur général");
        var pourLePresident = await CarteRecueAsync(President, "en tant que Président");

        Assert.Contains("«\u00a0motif\u00a0»", CarteJson.Texte(await AppuyerEnPriveAsync(pourLaDirectrice, Directrice, "refuser")), StringComparison.Ordinal);
        Canal.Oublier();
        Assert.Contains("Votre refus est enregistré", CarteJson.Texte(await AppuyerEnPriveAsync(pourLaDirectrice, Directrice, "refuser", new Dictionary<string, string> { ["motif"] = "L'article 4 cite un ancien décret." })), StringComparison.Ordinal);

        var avis = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-230", StringComparison.Ordinal) && r.Body.Contains("refuse de signer", StringComparison.Ordinal));
        Assert.Contains("Anne Martin (CPAS de Seraing, Directeur général) refuse de signer", avis.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("a refusé de signer cette version", CarteJson.Texte(await AppuyerEnPriveAsync(pourLePresident, President, "signer")), StringComparison.Ordinal);
        var stockee = (await Service<ConventionsStockees>().ChargerAsync(convention.Id, CancellationToken.None))?.Convention;
        Assert.Empty(stockee?.Signatures ?? []);
        Assert.Equal("L'article 4 cite un ancien décret.", stockee?.Refus?.Motif);
    }

    [Fact]
    public async Task Corriger_AfterARefusal_VoidsTheSignatures_TellsWhoHadSigned_AndSendsTheNewVersion()
    {
        foreach (var membre in new[] { 230, AdministrateurGeneral, President, Directrice })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        var convention = await ConventionApprouveeAsync();
        var designation = await CarteRecueAsync(230, "Envoyer aux signataires");
        await AppuyerEnPriveAsync(designation, 230, "designer", LesTroisSignataires());
        var ancienneCarte = await CarteRecueAsync(President, "en tant que Président");
        await AppuyerEnPriveAsync(ancienneCarte, President, "signer");
        await AppuyerEnPriveAsync(await CarteRecueAsync(Directrice, "en tant que Directeur général"), Directrice, "refuser", new Dictionary<string, string> { ["motif"] = "Le référent du CPAS a changé." });

        // The secretariat corrects the CPAS's referent: a wrong e-mail comes back with its reason and what was typed.
        var carte = designation;
        var refus = await AppuyerEnPriveAsync(carte, 230, "corriger", new Dictionary<string, string> { ["partie-1-referent"] = "Julie Martin", ["partie-1-mail"] = "julie.martin@", ["partie-1-telephone"] = "04 330 12 99" });
        Assert.Contains("julie.martin@", CarteJson.Texte(refus), StringComparison.Ordinal);
        Assert.Equal("julie.martin@", Saisie(refus, "partie-1-mail"));
        Assert.Equal(convention.EmpreinteEnVigueur, (await Service<ConventionsStockees>().ChargerAsync(convention.Id, CancellationToken.None))?.Convention.EmpreinteEnVigueur);
        Canal.Oublier();
        var corrigee = await AppuyerEnPriveAsync(refus, 230, "corriger", new Dictionary<string, string> { ["partie-1-referent"] = "Julie Martin", ["partie-1-mail"] = "julie.martin@cpas-seraing.be", ["partie-1-telephone"] = "04 330 12 99" });
        Assert.Contains("Correction enregistrée", CarteJson.Texte(corrigee), StringComparison.Ordinal);

        var stockee = (await Service<ConventionsStockees>().ChargerAsync(convention.Id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");
        Assert.NotEqual(convention.EmpreinteEnVigueur, stockee.EmpreinteEnVigueur);
        Assert.Empty(stockee.Signatures);
        Assert.Null(stockee.Refus);
        Assert.Equal("Julie Martin", stockee.Parties[1].Referent?.Nom);
        var annulee = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{President}", StringComparison.Ordinal) && r.Body.Contains("est annulée", StringComparison.Ordinal));
        Assert.Contains("votre signature du", annulee.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var nouvelle = await CarteRecueAsync(President, stockee.EmpreinteEnVigueur);
        Assert.Contains("autre version", CarteJson.Texte(await AppuyerEnPriveAsync(ancienneCarte, President, "signer")), StringComparison.Ordinal);
        Assert.Contains("Votre signature est enregistrée", CarteJson.Texte(await AppuyerEnPriveAsync(nouvelle, President, "signer")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignatoryTheBotCannotReach_IsNamedToTheSecretariat_WithWhatToDo()
    {
        foreach (var membre in new[] { 230, AdministrateurGeneral, President })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        await ConventionApprouveeAsync();
        await AppuyerEnPriveAsync(await CarteRecueAsync(230, "Envoyer aux signataires"), 230, "designer", LesTroisSignataires());

        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-230", StringComparison.Ordinal) && r.Body.Contains("pas pu être remis", StringComparison.Ordinal));
        var texte = signalement.Json.GetProperty("text").GetString() ?? string.Empty;
        Assert.Contains("Anne Martin n'a encore jamais ouvert de conversation avec le bot", texte, StringComparison.Ordinal);
        Assert.Contains("installer l'application TeamsConventions", texte, StringComparison.Ordinal);
        await CarteRecueAsync(President, "Vous signez pour");
    }
}
