using System.Net;
using System.Text.RegularExpressions;
using Conventions.Accords;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Accords;

/// <summary>
/// R23 outside Teams (issue 14.5): the Directrice never opened the bot; the secretariat sends her a signing link by
/// e-mail; on the bot's page she asks for a one-time code, sent to the same address, and signs or declines with it —
/// recorded as the designated person, with the address the code went to. Wrong codes count; the third locks the link.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class SignatureParCourrielTests(AzuriteFixture azurite) : ConventionsEnSignatureTestBase(azurite)
{
    private const string Adresse = "anne.martin@cpas-seraing.be";

    /// <summary>The secretariat has sent the Directrice (never seen in Teams) the link; the page's address from her e-mail.</summary>
    private async Task<(Convention Convention, string Page)> LienEnvoyeAsync()
    {
        foreach (var membre in new[] { 230, AdministrateurGeneral, President })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        var convention = await ConventionApprouveeAsync();
        var carte = await CarteRecueAsync(230, "Envoyer aux signataires");
        var designee = await AppuyerEnPriveAsync(carte, 230, "designer", LesTroisSignataires());
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-230", StringComparison.Ordinal) && r.Body.Contains("pas pu être remis", StringComparison.Ordinal));

        // Only whoever runs the round sends links; a wrong address comes back with its reason and what was typed.
        Assert.Contains("Seul le secrétariat", CarteJson.Texte(await AppuyerEnPriveAsync(designee, President, "lienParCourriel", new Dictionary<string, string> { ["lien-signature"] = "2", ["lien-adresse"] = Adresse })), StringComparison.Ordinal);
        var refusee = await AppuyerEnPriveAsync(designee, 230, "lienParCourriel", new Dictionary<string, string> { ["lien-signature"] = "2", ["lien-adresse"] = "anne.martin@" });
        Assert.Contains("anne.martin@", CarteJson.Texte(refusee), StringComparison.Ordinal);
        Assert.Equal("anne.martin@", Saisie(refusee, "lien-adresse"));
        Assert.Empty(await CourrielsAsync());

        var envoyee = await AppuyerEnPriveAsync(refusee, 230, "lienParCourriel", new Dictionary<string, string> { ["lien-signature"] = "2", ["lien-adresse"] = Adresse });
        Assert.Contains($"Le lien de signature part vers {Adresse}", CarteJson.Texte(envoyee), StringComparison.Ordinal);
        var courriel = await CourrielsEcrits.AttendreAsync(Bot.DossierDesCourriels, c => c.Objet.StartsWith("Convention à signer", StringComparison.Ordinal));
        Assert.Equal(Adresse, courriel.A);
        Assert.Contains("Bonjour Anne Martin,", courriel.Texte, StringComparison.Ordinal);
        Assert.Contains("pour CPAS de Seraing en tant que Directeur général", courriel.Texte, StringComparison.Ordinal);
        Assert.Contains("You are designated to sign", courriel.Texte, StringComparison.Ordinal);
        Assert.Contains(convention.EmpreinteEnVigueur, courriel.Texte, StringComparison.Ordinal);
        return (convention, CourrielsEcrits.Lien(courriel.Texte, "http://127.0.0.1/signer/").PathAndQuery.TrimStart('/'));
    }

    private async Task<IReadOnlyList<CourrielsEcrits.Courriel>> CourrielsAsync()
    {
        await Task.Delay(300);
        return Directory.Exists(Bot.DossierDesCourriels) ? [.. Directory.GetFiles(Bot.DossierDesCourriels, "*.eml").Select(CourrielsEcrits.Lire)] : [];
    }

    /// <summary>The code of the <paramref name="rang"/>th code e-mail written, once it is there.</summary>
    private async Task<string> CodeRecuAsync(int rang)
    {
        IReadOnlyList<CourrielsEcrits.Courriel> Codes() =>
            [.. Directory.GetFiles(Bot.DossierDesCourriels, "*.eml").Order(StringComparer.Ordinal).Select(CourrielsEcrits.Lire).Where(c => c.Objet.StartsWith("Code de signature", StringComparison.Ordinal))];
        await Attendre.QueAsync(() => Directory.Exists(Bot.DossierDesCourriels) && Codes().Count >= rang);
        return CourrielsEcrits.Code(Codes()[rang - 1].Texte);
    }

    private async Task<(HttpStatusCode Statut, string Page)> EnvoyerAsync(string page, Dictionary<string, string>? formulaire = null, string? langue = null)
    {
        using var requete = new HttpRequestMessage(formulaire is null && !page.EndsWith("/code", StringComparison.Ordinal) ? HttpMethod.Get : HttpMethod.Post, page);
        if (formulaire is not null)
        {
            requete.Content = new FormUrlEncodedContent(formulaire);
        }
        else if (requete.Method == HttpMethod.Post)
        {
            requete.Content = new FormUrlEncodedContent([]);
        }

        if (langue is not null)
        {
            requete.Headers.AcceptLanguage.ParseAdd(langue);
        }

        using var reponse = await Bot.Http.SendAsync(requete);
        return (reponse.StatusCode, WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync()));
    }

    private async Task<Convention> StockeeAsync(ConventionId id) =>
        (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");

    [Fact]
    public async Task LienParCourriel_TheDirectriceAsksForACode_SignsWithIt_AndHerSignatureRecordsTheAddress()
    {
        var (convention, page) = await LienEnvoyeAsync();

        var (statut, html) = await EnvoyerAsync(page);
        Assert.Equal(HttpStatusCode.OK, statut);
        Assert.Contains("Anne Martin, vous signez pour CPAS de Seraing en tant que Directeur général.", html, StringComparison.Ordinal);
        Assert.Contains(convention.EmpreinteEnVigueur, html, StringComparison.Ordinal);
        Assert.Contains("il sera envoyé à a…@cpas-seraing.be", html, StringComparison.Ordinal);
        Assert.Contains("you sign for CPAS de Seraing as", (await EnvoyerAsync(page, langue: "en-GB")).Page, StringComparison.Ordinal);
        var document = Regex.Match(html, "href=\"http://127.0.0.1/(?<chemin>conventions/[^\"]+)\"").Groups["chemin"].Value;
        using (var word = await Bot.Http.GetAsync(document))
        {
            Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        }

        // No code asked yet: nothing signed, what was typed kept.
        (statut, html) = await EnvoyerAsync(page, new() { ["code"] = "123456", ["action"] = "signer", ["motif"] = "brouillon de motif" });
        Assert.Equal(HttpStatusCode.BadRequest, statut);
        Assert.Contains("Aucun code valable pour ce lien", html, StringComparison.Ordinal);
        Assert.Contains("brouillon de motif", html, StringComparison.Ordinal);

        (statut, html) = await EnvoyerAsync(page + "/code");
        Assert.Equal(HttpStatusCode.OK, statut);
        Assert.Contains("Le code est en route", html, StringComparison.Ordinal);
        var code = await CodeRecuAsync(1);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await EnvoyerAsync(page + "/code")).Statut);

        (statut, html) = await EnvoyerAsync(page, new() { ["code"] = code == "000000" ? "111111" : "000000", ["action"] = "signer" });
        Assert.Equal(HttpStatusCode.BadRequest, statut);
        Assert.Contains("Il vous reste 2 essais", html, StringComparison.Ordinal);
        Assert.Empty((await StockeeAsync(convention.Id)).Signatures);

        (statut, html) = await EnvoyerAsync(page, new() { ["code"] = code, ["action"] = "signer" });
        Assert.Equal(HttpStatusCode.OK, statut);
        Assert.Contains("Votre signature est enregistrée", html, StringComparison.Ordinal);
        var signee = await StockeeAsync(convention.Id);
        var signature = Assert.Single(signee.Signatures);
        Assert.Equal((Membre(Directrice), "DirecteurGeneral", Adresse), (signature.Signataire, signature.Fonction, signature.Courriel));

        // The code opened the link once: replayed, it signs nothing more.
        (statut, html) = await EnvoyerAsync(page, new() { ["code"] = code, ["action"] = "signer" });
        Assert.Equal(HttpStatusCode.Gone, statut);
        Assert.Contains("Ce lien a déjà servi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("M'envoyer un code", html, StringComparison.Ordinal);
        Assert.Contains("Votre signature est enregistrée", (await EnvoyerAsync(page)).Page, StringComparison.Ordinal);
        Assert.Contains("Votre signature est enregistrée", (await EnvoyerAsync(page + "/code")).Page, StringComparison.Ordinal);
        Assert.Single(await CourrielsAsync(), c => c.Objet.StartsWith("Code de signature", StringComparison.Ordinal));
        Assert.Single((await StockeeAsync(convention.Id)).Signatures);
        var journal = await Service<ConventionsStockees>().JournalAsync(convention.Id.ToString(), CancellationToken.None);
        Assert.Contains(journal, e => e.Action == "convention.lien-de-signature-envoye");
        Assert.Contains(journal, e => e.Action == "convention.signee" && e.Details?.Contains($"code envoyé à {Adresse}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task LienParCourriel_ThreeWrongCodes_LockTheLink_TheRightOneThenSignsNothing()
    {
        var (convention, page) = await LienEnvoyeAsync();
        await EnvoyerAsync(page + "/code");
        var code = await CodeRecuAsync(1);
        var faux = code == "000000" ? "111111" : "000000";

        Assert.Contains("Il vous reste 2 essais", (await EnvoyerAsync(page, new() { ["code"] = faux, ["action"] = "signer" })).Page, StringComparison.Ordinal);
        Assert.Contains("Il vous reste un seul essai", (await EnvoyerAsync(page, new() { ["code"] = faux, ["action"] = "signer" })).Page, StringComparison.Ordinal);
        var (statut, html) = await EnvoyerAsync(page, new() { ["code"] = faux, ["action"] = "refuser", ["motif"] = "Non." });
        Assert.Equal(HttpStatusCode.Locked, statut);
        Assert.Contains("verrouillé après trois codes erronés", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Locked, (await EnvoyerAsync(page, new() { ["code"] = code, ["action"] = "signer" })).Statut);
        Assert.Equal(HttpStatusCode.Locked, (await EnvoyerAsync(page)).Statut);
        var stockee = await StockeeAsync(convention.Id);
        Assert.Empty(stockee.Signatures);
        Assert.Null(stockee.Refus);
    }

    [Fact]
    public async Task LienParCourriel_DeclinedOnThePage_WithItsReason_TheSecretariatIsTold()
    {
        var (convention, page) = await LienEnvoyeAsync();
        await EnvoyerAsync(page + "/code");
        var code = await CodeRecuAsync(1);

        var (statut, html) = await EnvoyerAsync(page, new() { ["code"] = code, ["action"] = "refuser", ["motif"] = string.Empty });
        Assert.Equal(HttpStatusCode.BadRequest, statut);
        Assert.Contains("motif", html, StringComparison.Ordinal);
        Canal.Oublier();
        (statut, html) = await EnvoyerAsync(page, new() { ["code"] = code, ["action"] = "refuser", ["motif"] = "L'article 4 cite un ancien décret." });
        Assert.Equal(HttpStatusCode.OK, statut);
        Assert.Contains("Votre refus est enregistré", html, StringComparison.Ordinal);

        Assert.Equal("L'article 4 cite un ancien décret.", (await StockeeAsync(convention.Id)).Refus?.Motif);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-230", StringComparison.Ordinal) && r.Body.Contains("Anne Martin (CPAS de Seraing, Directeur général) refuse de signer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Designer_AnOutsiderByEmail_GetsTheLinkAtOnce_SignsOnThePage_AndLearnsByEmailItIsInForce()
    {
        foreach (var membre in new[] { 230, AdministrateurGeneral, President })
        {
            await EcrireEnPriveAsync(membre, "aide");
        }

        var convention = await ConventionApprouveeAsync();
        var carte = await CarteRecueAsync(230, "Envoyer aux signataires");
        var horsOrganisation = new Dictionary<string, string>(LesTroisSignataires()) { ["signataire-2"] = string.Empty, ["courriel-2"] = "anne.martin@" };
        var refusee = await AppuyerEnPriveAsync(carte, 230, "designer", horsOrganisation);
        Assert.Contains("anne.martin@", CarteJson.Texte(refusee), StringComparison.Ordinal);
        Assert.Equal("anne.martin@", Saisie(refusee, "courriel-2"));
        Assert.Empty((await StockeeAsync(convention.Id)).Designations);

        horsOrganisation["courriel-2"] = Adresse;
        Assert.Contains("Les signataires ont reçu la convention à signer.", CarteJson.Texte(await AppuyerEnPriveAsync(refusee, 230, "designer", horsOrganisation)), StringComparison.Ordinal);
        var designee = Assert.Single((await StockeeAsync(convention.Id)).Designations, d => d.Fonction == "DirecteurGeneral");
        Assert.Equal((Adresse, Conventions.Membres.MembreId.DeLAdresse(Conventions.Valeurs.AdresseMail.Depuis(Adresse))), (designee.Courriel, designee.Signataire));

        // Her link comes at once, by e-mail: nobody had to find out that Teams cannot reach her.
        var courriel = await CourrielsEcrits.AttendreAsync(Bot.DossierDesCourriels, c => c.Objet.StartsWith("Convention à signer", StringComparison.Ordinal));
        var page = CourrielsEcrits.Lien(courriel.Texte, "http://127.0.0.1/signer/").PathAndQuery.TrimStart('/');
        await AppuyerEnPriveAsync(await CarteRecueAsync(AdministrateurGeneral, "Vous signez pour"), AdministrateurGeneral, "signer", new Dictionary<string, string> { ["lieu"] = "Namur" });
        await AppuyerEnPriveAsync(await CarteRecueAsync(President, "Vous signez pour"), President, "signer");
        await EnvoyerAsync(page + "/code");
        Assert.Equal(HttpStatusCode.OK, (await EnvoyerAsync(page, new() { ["code"] = await CodeRecuAsync(1), ["action"] = "signer" })).Statut);

        Assert.NotNull((await StockeeAsync(convention.Id)).DateDeSignature);
        var enVigueur = await CourrielsEcrits.AttendreAsync(Bot.DossierDesCourriels, c => c.Texte.Contains("elle est en vigueur depuis le", StringComparison.Ordinal));
        Assert.Equal(Adresse, enVigueur.A);
        Assert.Empty(await Service<Conventions.Suivi.IElementsSuivis>().ListerAsync(designee.Signataire, CancellationToken.None));
        Assert.DoesNotContain(Canal.Requetes, r => r.Body.Contains("pas pu être remis", StringComparison.Ordinal));

        // R19: the same signatories sign its amendment — she on the page of a new link, which does not decline.
        Canal.Oublier();
        var carteDuSecretariat = await AppuyerEnPriveAsync(refusee, 230, "designer", horsOrganisation);
        var propose = CarteJson.Texte(await AppuyerEnPriveAsync(carteDuSecretariat, 230, "avenant",
            new Dictionary<string, string> { ["avenant-objet"] = "Ajout de la filière horeca", ["avenant-texte"] = "L'article 2 est complété par la filière horeca." }));
        Assert.Contains("L'avenant n° 1 est envoyé aux signataires", propose, StringComparison.Ordinal);
        var pourLAvenant = await CourrielsEcrits.AttendreAsync(Bot.DossierDesCourriels, c => c.Objet.StartsWith("Avenant n° 1 à signer", StringComparison.Ordinal));
        Assert.Contains("Ajout de la filière horeca", pourLAvenant.Texte, StringComparison.Ordinal);
        var pageDeLAvenant = CourrielsEcrits.Lien(pourLAvenant.Texte, "http://127.0.0.1/signer/").PathAndQuery.TrimStart('/');
        var (statut, html) = await EnvoyerAsync(pageDeLAvenant);
        Assert.Equal(HttpStatusCode.OK, statut);
        Assert.Contains("<h1>Avenant n° 1 ", html, StringComparison.Ordinal);
        Assert.Contains("Ajout de la filière horeca", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"refuser\"", html, StringComparison.Ordinal);
        await AppuyerEnPriveAsync(await CarteRecueAsync(AdministrateurGeneral, "Ajout de la filière horeca"), AdministrateurGeneral, "signerAvenant", new Dictionary<string, string> { ["lieu"] = "Namur" });
        await AppuyerEnPriveAsync(await CarteRecueAsync(President, "Ajout de la filière horeca"), President, "signerAvenant");
        await EnvoyerAsync(pageDeLAvenant + "/code");
        Assert.Equal(HttpStatusCode.OK, (await EnvoyerAsync(pageDeLAvenant, new() { ["code"] = await CodeRecuAsync(2), ["action"] = "signer" })).Statut);

        var amendee = await StockeeAsync(convention.Id);
        Assert.Equal(2, amendee.Version);
        Assert.Equal(Adresse, Assert.Single(amendee.Avenants).Signatures.Single(x => x.Fonction == "DirecteurGeneral").Courriel);
        await CourrielsEcrits.AttendreAsync(Bot.DossierDesCourriels, c => c.Texte.Contains("est signé par toutes les parties", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PageDeSignature_ALinkThatDoesNotExist_SaysSoInTheBrowsersLanguage_NeverFramedNorCached()
    {
        using var reponse = await Bot.Http.GetAsync("signer/pas-un-vrai-lien");
        var html = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        Assert.Contains("Ce lien de signature n'existe pas", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr-BE\"", html, StringComparison.Ordinal);
        Assert.Equal("DENY", reponse.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-store", reponse.Headers.CacheControl?.ToString());
        Assert.Contains("This signing link does not exist", (await EnvoyerAsync("signer/pas-un-vrai-lien?langue=en")).Page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Bot.Http.PostAsync("signer/pas-un-vrai-lien", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }

}
