using System.Net;
using System.Text.RegularExpressions;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Accords;

/// <summary>
/// A signatory who never opened the bot, in the Production configuration against the fake Graph (issue 14.5): the
/// app is installed for her through Graph and her card reaches her once Teams tells the bot; where the tenant refuses,
/// the secretariat learns which permission; the signing link and its code leave from the secretariat's mailbox.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed partial class SignataireHorsDeTeamsEnProductionTests(AzuriteFixture azurite) : ConventionsEnSignatureTestBase(azurite)
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

    [GeneratedRegex("href=\"http://127.0.0.1/(?<chemin>signer/[^\"]+)\"")]
    private static partial Regex LienRegex();
}
