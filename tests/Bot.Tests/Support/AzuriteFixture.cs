using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>One real Azurite for the whole assembly; each bot host gets its own table prefix.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public Azurite Azurite { get; private set; } = null!;

    public async Task InitializeAsync() => Azurite = await Azurite.DemarrerAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}

[CollectionDefinition(Nom)]
public sealed class AzuriteGroupe : ICollectionFixture<AzuriteFixture>
{
    public const string Nom = "azurite";
}
