using Microsoft.Graph;
using TeamsConventions.Testing;

namespace TeamsConventions.Graph.Tests;

/// <summary>A fake Graph over HTTP for each test, and the real SDK's HTTP pipeline (retries, redirects) to reach it.</summary>
public abstract class AvecFakeGraph : IAsyncLifetime
{
    protected FakeGraph Graph { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    /// <summary>The real SDK's client pointed at the fake.</summary>
    protected GraphServiceClient Client => Graph.Client(Http);

    public async Task InitializeAsync()
    {
        Graph = await FakeGraph.DemarrerAsync();
        Http = GraphClientFactory.Create();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Graph.DisposeAsync();
    }
}
