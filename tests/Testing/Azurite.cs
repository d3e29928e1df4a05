namespace TeamsConventions.Testing;

/// <summary>The real Azurite table service (npm package), in memory, on a free loopback port.</summary>
public sealed class Azurite : IAsyncDisposable
{
    private const string CleDeDeveloppement = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly NodeProcess _process;

    private Azurite(NodeProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={CleDeDeveloppement};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<Azurite> DemarrerAsync()
    {
        var port = FreePort.Trouver();
        var process = NodeProcess.Demarrer(
            RepositoryRoot.Outil("azurite/dist/src/table/main.js"),
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck"],
            RepositoryRoot.Path);
        try
        {
            await FreePort.AttendreAsync(port, TimeSpan.FromSeconds(30), "Azurite");
        }
        catch (TimeoutException e)
        {
            await process.DisposeAsync();
            throw new InvalidOperationException($"Azurite did not start: {process.Sortie}", e);
        }

        return new Azurite(process, port);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
