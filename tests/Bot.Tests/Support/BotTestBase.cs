using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Abstractions;
using Moq;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>
/// A bot on real Kestrel with Azurite and a fake channel. Entra token acquisition is the one true edge replaced:
/// it answers a fixed bearer value, so tests can see that outbound calls carry it.
/// </summary>
public abstract class BotTestBase(AzuriteFixture azurite) : IAsyncLifetime
{
    public const string JetonSortant = "Bearer jeton-du-bot";

    protected FakeChannel Canal { get; private set; } = null!;

    protected BotHost Bot { get; private set; } = null!;

    protected AzuriteFixture Stockage => azurite;

    /// <summary>Committees in their channels, as the tests of dossiers and plans set them up.</summary>
    internal ComitesEnTeams Comites => new(Bot, Canal, JetonValide);

    /// <summary>A service of the bot the test started.</summary>
    protected T Service<T>()
        where T : notnull => Bot.Services.GetRequiredService<T>();

    public virtual async Task InitializeAsync()
    {
        Canal = await FakeChannel.DemarrerAsync();
        Bot = await DemarrerBotAsync(Configurer, Environnement);
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Canal.DisposeAsync();
    }

    protected Task<BotHost> DemarrerBotAsync(Action<Dictionary<string, string?>>? configuration = null, string environnement = "Testing") =>
        BotHost.DemarrerAsync(azurite.Azurite, Canal, configuration, services =>
        {
            RemplacerAcquisitionDeJeton(services);
            ConfigurerServices(services);
        }, environnement);

    /// <summary>The environment the test class's bot runs in: Production checks every setting and refuses every stand-in.</summary>
    protected virtual string Environnement => "Testing";

    /// <summary>Where a test class adds settings of its own (calls for proposals) to the bot it starts.</summary>
    protected virtual void Configurer(Dictionary<string, string?> reglages)
    {
    }

    /// <summary>Where a test class replaces a true edge of its own (the clock).</summary>
    protected virtual void ConfigurerServices(IServiceCollection services)
    {
    }

    /// <summary>A token the Bot Framework would send for this activity's serviceUrl.</summary>
    protected string JetonValide() => TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, Canal.ServiceUrl, DateTime.UtcNow.AddMinutes(30));

    private static void RemplacerAcquisitionDeJeton(IServiceCollection services)
    {
        var fournisseur = new Mock<IAuthorizationHeaderProvider>();
        fournisseur
            .Setup(f => f.CreateAuthorizationHeaderForAppAsync(It.IsAny<string>(), It.IsAny<AuthorizationHeaderProviderOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(JetonSortant);
        services.AddSingleton(fournisseur.Object);
    }
}
