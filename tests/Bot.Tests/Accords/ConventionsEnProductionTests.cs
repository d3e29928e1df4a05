using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Accords;

/// <summary>
/// Conventions in the Production configuration against the fake Graph. A signatory who never opened the bot (issue
/// 14.5): the app is installed for her through Graph and her card reaches her once Teams tells the bot; where the
/// tenant refuses, the secretariat learns which permission; the signing link and its code leave from the secretariat's
/// mailbox. A signed convention filed in SharePoint (issue 15.5): its Word document, its certificate, and the PDF of
/// both under the organisation's seal, once.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed partial class ConventionsEnProductionTests(AzuriteFixture azurite) : ConventionsEnSignatureTestBase(azurite)
{
    private const string App = "3b4c5d6e-0000-4000-8000-00000000a550";
    private FakeGraph _graph = null!;

    protected override string Environnement => "Production";

    public override async Task InitializeAsync()
    {
        _graph = await FakeGraph.DemarrerAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _graph.DisposeAsync();
    }

    protected override void Configurer(Dictionary<string, string?> reglages)
    {
        base.Configurer(reglages);
        reglages["Graph:Adresse"] = _graph.Adresse.ToString();
        reglages["Installation:IdDansLeCatalogue"] = App;
    }

    /// <summary>The secretariat designated the three signatories; its card as the press answered it.</summary>
    private async Task<System.Text.Json.JsonElement> DesigneeAsync()
    {
        foreach (var membre in new[] { 230, AdministrateurGeneral, President })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        await ConventionApprouveeAsync();
        return await AppuyerEnPriveAsync(await CarteRecueAsync(230, "Envoyer aux signataires"), 230, "designer", LesTroisSignataires());
    }

    [Fact]
    public async Task ASignatoryWhoNeverOpenedTheBot_GetsTheAppInstalled_AndHerCardOnceTeamsTellsTheBot()
    {
        await DesigneeAsync();
        await Attendre.QueAsync(() => _graph.Installations.Contains((Membre(Directrice).ToString(), App)));

        // Teams tells the bot the app is installed for her: what waited for her goes at once.
        var installation = Activities.Installation(Canal.ServiceUrl, $"29:membre-{Directrice}", Membre(Directrice).ToString(), $"a:personnel-{Directrice}");
        Assert.Equal(HttpStatusCode.OK, (await Bot.EnvoyerAsync(installation, JetonValide())).StatusCode);

        await CarteRecueAsync(Directrice, "en tant que Directeur général");
        Assert.DoesNotContain(Canal.Requetes, r => r.Body.Contains("pas pu être remis", StringComparison.Ordinal));
        Assert.Single(_graph.Installations, i => i.Membre == Membre(Directrice).ToString());
    }

    [Fact]
    public async Task ATenantThatRefusesToInstallTheApp_TheSecretariatLearnsWhichPermission_AndCanSendTheLinkFromItsMailbox()
    {
        _graph.RefusDesInstallations = 403;
        var carte = await DesigneeAsync();

        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-230", StringComparison.Ordinal) && r.Body.Contains("pas pu être remis", StringComparison.Ordinal));
        var texte = signalement.Json.GetProperty("text").GetString() ?? string.Empty;
        Assert.Contains("Anne Martin n'a encore jamais ouvert l'application TeamsConventions", texte, StringComparison.Ordinal);
        Assert.Contains("TeamsAppInstallation.ReadWriteSelfForUser.All", texte, StringComparison.Ordinal);

        Assert.Contains("Le lien de signature part vers anne.martin@cpas-seraing.be", CarteJson.Texte(
            await AppuyerEnPriveAsync(carte, 230, "lienParCourriel", new Dictionary<string, string> { ["lien-signature"] = "2", ["lien-adresse"] = "anne.martin@cpas-seraing.be" })), StringComparison.Ordinal);
        await Attendre.QueAsync(() => !_graph.CourrielsEnvoyes.IsEmpty);
        var (boite, message) = Assert.Single(_graph.CourrielsEnvoyes);
        Assert.Equal(FakeGraph.BoiteDuSecretariat, boite);
        Assert.Equal("anne.martin@cpas-seraing.be", message["toRecipients"]?[0]?["emailAddress"]?["address"]?.GetValue<string>());
        var corps = WebUtility.HtmlDecode(message["body"]?["content"]?.GetValue<string>() ?? string.Empty);
        var page = LienRegex().Match(corps).Groups["chemin"].Value;

        using var code = await Bot.Http.PostAsync(page + "/code", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, code.StatusCode);
        await Attendre.QueAsync(() => _graph.CourrielsEnvoyes.Count == 2);
        var avecLeCode = _graph.CourrielsEnvoyes.Last().Message;
        Assert.StartsWith("Code de signature pour", avecLeCode["subject"]?.GetValue<string>(), StringComparison.Ordinal);
        var leCode = CourrielsEcrits.Code(avecLeCode["body"]?["content"]?.GetValue<string>() ?? string.Empty);
        using var signe = await Bot.Http.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = leCode, ["action"] = "signer" }));
        Assert.Equal(HttpStatusCode.OK, signe.StatusCode);
        var convention = Assert.Single(await Service<TeamsConventions.Application.Accords.IConventions>().DuMembreAsync(Membre(Directrice), CancellationToken.None));
        Assert.Equal("anne.martin@cpas-seraing.be", Assert.Single(convention.Signatures).Courriel);
        Assert.All(_graph.Autorisations, a => Assert.Equal("Bearer jeton-du-bot", a));
    }

    [Fact]
    public async Task ASignedConvention_IsFiledWithItsCertificateAndTheSealedPdfOfBoth_OnceEvenAfterACrash()
    {
        foreach (var membre in new[] { 230, AdministrateurGeneral, President, Directrice })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        var convention = await ConventionApprouveeAsync();
        await AppuyerEnPriveAsync(await CarteRecueAsync(230, "Envoyer aux signataires"), 230, "designer", LesTroisSignataires());
        await AppuyerEnPriveAsync(await CarteRecueAsync(AdministrateurGeneral, "Vous signez pour"), AdministrateurGeneral, "signer", new Dictionary<string, string> { ["lieu"] = "Namur" });
        await AppuyerEnPriveAsync(await CarteRecueAsync(President, "Vous signez pour"), President, "signer");
        await AppuyerEnPriveAsync(await CarteRecueAsync(Directrice, "Vous signez pour"), Directrice, "signer");

        IReadOnlyList<TeamsConventions.Application.Classement.DocumentClasse> Classer()
        {
            using var scope = Bot.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<TeamsConventions.Application.Classement.ClasserLesConventionsSignees>().ExecuterAsync(convention.Id, CancellationToken.None).GetAwaiter().GetResult();
        }

        var classes = Classer();
        Assert.Equal(["convention-initiative-locale-v1.docx", "certificat-initiative-locale-v1.docx", "convention-scellee-initiative-locale-v1.pdf"], classes.Select(c => c.Nom));
        var word = _graph.Fichiers.Values.Single(f => f.Chemin.EndsWith("/convention-initiative-locale-v1.docx", StringComparison.Ordinal));
        var certificat = _graph.Fichiers.Values.Single(f => f.Chemin.EndsWith("/certificat-initiative-locale-v1.docx", StringComparison.Ordinal));
        Assert.Equal([word.Chemin, certificat.Chemin], _graph.Rendus);
        var pdf = _graph.Fichiers.Values.Single(f => f.Chemin.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(convention.Id.ToString(), pdf.Champs["ConventionId"]);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf.Contenu)), pdf.Champs["Sha256"]);

        // The convention's pages, then the certificate's, under a seal any PDF reader checks: it covers every byte but itself.
        using (var lu = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf.Contenu), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import))
        {
            Assert.Equal((word.Contenu.Length / 10_240) + 1 + (certificat.Contenu.Length / 10_240) + 1, lu.PageCount);
        }

        Assert.Equal("CN=Le Forem (sceau de test), O=Le Forem, C=BE", SceauDuPdf.Verifier(pdf.Contenu));
        var falsifie = (byte[])pdf.Contenu.Clone();
        var titre = System.Text.Encoding.Latin1.GetString(falsifie).IndexOf("/Title", StringComparison.Ordinal);
        falsifie[titre + 8] ^= 0x01;
        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => SceauDuPdf.Verifier(falsifie));

        // A crash after the upload, before it was recorded: the next run finds the sealed PDF there, files nothing twice.
        var table = new Azure.Data.Tables.TableClient(Stockage.Azurite.ConnectionString, Bot.TablePrefix + "Classements");
        await table.DeleteEntityAsync(convention.Id.ToString(), "pdf-v1");
        Assert.Equal("convention-scellee-initiative-locale-v1.pdf", Assert.Single(Classer()).Nom);
        Assert.Single(_graph.Fichiers.Values, f => f.Chemin.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Empty(Classer());

        // A signed amendment is filed beside it, with the PDF of its own document under the seal.
        var secretariat = await AppuyerEnPriveAsync(await CarteRecueAsync(230, "Envoyer aux signataires"), 230, "designer", LesTroisSignataires());
        await AppuyerEnPriveAsync(secretariat, 230, "avenant", new Dictionary<string, string> { ["avenant-objet"] = "Ajout de la filière horeca", ["avenant-texte"] = "L'article 2 est complété par la filière horeca." });
        await AppuyerEnPriveAsync(await CarteRecueAsync(AdministrateurGeneral, "Vous signez cet avenant pour"), AdministrateurGeneral, "signerAvenant", new Dictionary<string, string> { ["lieu"] = "Namur" });
        await AppuyerEnPriveAsync(await CarteRecueAsync(President, "Vous signez cet avenant pour"), President, "signerAvenant");
        await AppuyerEnPriveAsync(await CarteRecueAsync(Directrice, "Vous signez cet avenant pour"), Directrice, "signerAvenant");
        Assert.Equal(["avenant-1-initiative-locale-v2.docx", "avenant-scelle-1-initiative-locale-v2.pdf"], Classer().Select(c => c.Nom));
        var avenant = _graph.Fichiers.Values.Single(f => f.Chemin.EndsWith("/avenant-scelle-1-initiative-locale-v2.pdf", StringComparison.Ordinal));
        Assert.Equal("CN=Le Forem (sceau de test), O=Le Forem, C=BE", SceauDuPdf.Verifier(avenant.Contenu));
        Assert.Equal("Avenant en vigueur", avenant.Champs["Statut"]);
        Assert.Empty(Classer());
    }

    [Fact]
    public async Task FilingRefusedForLackOfPermission_TheSecretariatLearnsWhatToGrant_AndRetriesFromTheCard()
    {
        foreach (var membre in new[] { 230, AdministrateurGeneral, President, Directrice })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        var convention = await ConventionApprouveeAsync();
        var carte = await AppuyerEnPriveAsync(await CarteRecueAsync(230, "Envoyer aux signataires"), 230, "designer", LesTroisSignataires());
        _graph.Panne = 403;
        await AppuyerEnPriveAsync(await CarteRecueAsync(AdministrateurGeneral, "Vous signez pour"), AdministrateurGeneral, "signer", new Dictionary<string, string> { ["lieu"] = "Namur" });
        await AppuyerEnPriveAsync(await CarteRecueAsync(President, "Vous signez pour"), President, "signer");
        await AppuyerEnPriveAsync(await CarteRecueAsync(Directrice, "Vous signez pour"), Directrice, "signer");

        // The background job's repeated failures are told to the secretariat, with what to fix.
        using (var scope = Bot.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<TeamsConventions.Application.Classement.ClasserLesConventionsSignees>().SignalerAsync(convention.Id, "grant Sites.Selected on the site.", CancellationToken.None);
        }

        var avis = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-230", StringComparison.Ordinal) && r.Body.Contains("dans la bibliothèque échoue", StringComparison.Ordinal));
        Assert.Contains("Ce qu'il faut corriger\u00a0: grant Sites.Selected on the site.", avis.Json.GetProperty("text").GetString(), StringComparison.Ordinal);

        // On the card: waiting to be filed; « Réessayer » says what is refused, only to whoever runs the round.
        var vue = await AppuyerEnPriveAsync(carte, 230, "designer", LesTroisSignataires());
        Assert.Contains("En attente de classement dans la bibliothèque.", CarteJson.Texte(vue), StringComparison.Ordinal);
        Assert.Contains("Seul le secrétariat", CarteJson.Texte(await AppuyerEnPriveAsync(vue, President, "classer")), StringComparison.Ordinal);
        var refuse = CarteJson.Texte(await AppuyerEnPriveAsync(vue, 230, "classer"));
        Assert.Contains("Le classement n'a pas abouti", refuse, StringComparison.Ordinal);
        Assert.Contains("Sites.Selected", refuse, StringComparison.Ordinal);
        Assert.Empty(_graph.Fichiers);

        _graph.Panne = null;
        var classee = CarteJson.Texte(await AppuyerEnPriveAsync(vue, 230, "classer"));
        Assert.Contains("Classée dans la bibliothèque.", classee, StringComparison.Ordinal);
        Assert.DoesNotContain("En attente de classement", classee, StringComparison.Ordinal);
        Assert.Equal(3, _graph.Fichiers.Count);
    }

    [GeneratedRegex("href=\"http://127.0.0.1/(?<chemin>signer/[^\"]+)\"")]
    private static partial Regex LienRegex();
}
