using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>The committees in their channels, on a <see cref="FakeTimeProvider"/> the test moves on (tokens issued at its time).</summary>
public abstract class ComitesALHorlogeTestBase(AzuriteFixture azurite) : ComitesEnCanalTestBase(azurite)
{
    protected FakeTimeProvider Horloge { get; } = new(DateTimeOffset.UtcNow);

    protected override DateTimeOffset Maintenant => Horloge.GetUtcNow();

    protected override void ConfigurerServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Horloge);

    protected override string Jeton() => TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, Canal.ServiceUrl, Horloge.GetUtcNow().UtcDateTime.AddMinutes(30));
}
