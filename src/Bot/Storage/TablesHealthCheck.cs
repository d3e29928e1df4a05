using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsConventions.Bot.Storage;

/// <summary><c>/healthz</c>: the bot is healthy when it can read its own table.</summary>
internal sealed class TablesHealthCheck(TableServiceClient service, TableNames tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var table = service.GetTableClient(tables.ReferencesConversation);
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy();
        }
        catch (Azure.RequestFailedException e)
        {
            return HealthCheckResult.Unhealthy("Table storage unreachable.", e);
        }
    }
}
