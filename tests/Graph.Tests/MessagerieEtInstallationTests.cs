using Conventions.Membres;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using TeamsConventions.Application.Microsoft365;
using TeamsConventions.Graph.Courriel;
using TeamsConventions.Graph.Installation;
using TeamsConventions.Testing;

namespace TeamsConventions.Graph.Tests;

/// <summary>E-mail from the secretariat's mailbox and the app installed for a person, through the real SDK against the fake Graph.</summary>
public sealed class MessagerieEtInstallationTests : AvecFakeGraph
{
    private const string App = "3b4c5d6e-0000-4000-8000-00000000a550";
    private static readonly MembreId Anne = MembreId.Depuis("9a8b7c6d-0000-4000-8000-000000000009");
    private static readonly CourrielAEnvoyer Courriel = new("anne.martin@cpas-seraing.be", "Convention à signer / Agreement to sign", "<p>Bonjour Anne Martin,</p>", "Bonjour Anne Martin,");
    [Fact]
    public async Task EnvoyerAsync_FromTheSecretariatMailbox_SendsTheHtmlMessageToTheAddressWithGraphsToken()
    {
        await new MessagerieGraph(Client, FakeGraph.BoiteDuSecretariat).EnvoyerAsync(Courriel, CancellationToken.None);

        var (boite, message) = Assert.Single(Graph.CourrielsEnvoyes);
        Assert.Equal(FakeGraph.BoiteDuSecretariat, boite);
        Assert.Equal("anne.martin@cpas-seraing.be", message["toRecipients"]?[0]?["emailAddress"]?["address"]?.GetValue<string>());
        Assert.Equal("Convention à signer / Agreement to sign", message["subject"]?.GetValue<string>());
        Assert.Equal("<p>Bonjour Anne Martin,</p>", message["body"]?["content"]?.GetValue<string>());
        Assert.All(Graph.Autorisations, a => Assert.Equal("Bearer jeton-du-bot", a));
    }

    [Fact]
    public async Task EnvoyerAsync_FromAMailboxGraphDoesNotKnow_IsAPermanentRefusalNamingTheSetting()
    {
        var erreur = await Assert.ThrowsAsync<ServiceExterneException>(() => new MessagerieGraph(Client, "inconnu@forem.example").EnvoyerAsync(Courriel, CancellationToken.None));

        Assert.True(erreur.Permanente);
        Assert.Equal("Courriel:Expediteur", erreur.Reglage);
        Assert.Contains("There is no mailbox inconnu@forem.example", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvoyerAsync_WithoutMailSend_IsAPermanentRefusalNamingThePermission()
    {
        Graph.Panne = 403;

        var erreur = await Assert.ThrowsAsync<ServiceExterneException>(() => new MessagerieGraph(Client, FakeGraph.BoiteDuSecretariat).EnvoyerAsync(Courriel, CancellationToken.None));

        Assert.True(erreur.Permanente);
        Assert.Contains("Mail.Send", erreur.Message, StringComparison.Ordinal);
        Assert.Empty(Graph.CourrielsEnvoyes);
    }

    [Fact]
    public async Task InstallerAsync_ForAPerson_InstallsTheCatalogueApp_AndTwiceIsFine()
    {
        var installations = new InstallationsGraph(Client, Graph.Adresse, App);

        await installations.InstallerAsync(Anne, CancellationToken.None);
        await installations.InstallerAsync(Anne, CancellationToken.None);

        Assert.Equal((Anne.ToString(), App), Assert.Single(Graph.Installations));
        Assert.Contains(Graph.Requetes, r => r == $"POST /v1.0/users/{Anne}/teamwork/installedApps");
    }

    [Theory]
    [InlineData(403, "TeamsAppInstallation.ReadWriteSelfForUser.All")]
    [InlineData(404, "Installation:IdDansLeCatalogue")]
    public async Task InstallerAsync_RefusedByTheTenant_IsAPermanentRefusalNamingWhatToFix(int statut, string aCorriger)
    {
        Graph.RefusDesInstallations = statut;

        var erreur = await Assert.ThrowsAsync<ServiceExterneException>(() => new InstallationsGraph(Client, Graph.Adresse, App).InstallerAsync(Anne, CancellationToken.None));

        Assert.True(erreur.Permanente);
        Assert.Equal(aCorriger, erreur.Reglage);
    }

    [Fact]
    public async Task MessagerieLocale_WritesAnEmlAMailClientOpens_WithBothBodies()
    {
        var dossier = Path.Combine(Path.GetTempPath(), "tc-courriels-" + Guid.NewGuid().ToString("N"));
        try
        {
            await new MessagerieLocale(dossier, FakeGraph.BoiteDuSecretariat, new FakeTimeProvider(new DateTimeOffset(2027, 3, 4, 10, 0, 0, TimeSpan.Zero))).EnvoyerAsync(Courriel, CancellationToken.None);

            var eml = CourrielsEcrits.Lire(Assert.Single(Directory.GetFiles(dossier, "*.eml")));
            Assert.Equal(("anne.martin@cpas-seraing.be", "Convention à signer / Agreement to sign"), (eml.A, eml.Objet));
            Assert.Equal("Bonjour Anne Martin,", eml.Texte);
            Assert.Equal("<p>Bonjour Anne Martin,</p>", eml.Html);
            Assert.Empty(Directory.GetFiles(dossier, "*.tmp"));
        }
        finally
        {
            Directory.Delete(dossier, recursive: true);
        }
    }

    [Fact]
    public async Task EnvoyerAsync_InAThrottlingStormPastTheSdksRetries_IsTransient_SoTheOutboxTriesAgain()
    {
        Graph.LimitationsRestantes = 100;

        var erreur = await Assert.ThrowsAsync<ServiceExterneException>(() => new MessagerieGraph(Client, FakeGraph.BoiteDuSecretariat).EnvoyerAsync(Courriel, CancellationToken.None));

        Assert.False(erreur.Permanente);
        Assert.Empty(Graph.CourrielsEnvoyes);
    }
}
