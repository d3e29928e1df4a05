using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>Creates the missing tables before the server accepts its first request.</summary>
internal sealed partial class TablesInitializer(TableServiceClient service, TableNames tables, ILogger<TablesInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var noms = tables.Toutes.ToArray();
        await Task.WhenAll(noms.Select(table => service.CreateTableIfNotExistsAsync(table, cancellationToken)));
        LogTablesPretes(logger, noms.Length);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "{Nombre} tables ready")]
    private static partial void LogTablesPretes(ILogger logger, int nombre);
}
