using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsConventions.Bench;

/// <summary>
/// The floors: Kestrel answering 200 to the same POST after reading the body, doing nothing else; or, with a
/// connection string, after one conditional table write (an insert of a new row).
/// </summary>
internal static class Plancher
{
    public static async Task ServirAsync(int port, string? connexion = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var table = connexion is null ? null : new Azure.Data.Tables.TableClient(connexion, "plancher");
        if (table is not null)
        {
            await table.CreateIfNotExistsAsync();
        }

        app.MapPost("/api/messages", async (HttpRequest requete) =>
        {
            await requete.Body.CopyToAsync(Stream.Null);
            if (table is not null)
            {
                await table.AddEntityAsync(new Azure.Data.Tables.TableEntity("plancher", Guid.NewGuid().ToString("N")));
            }

            return Results.Ok();
        });
        await app.RunAsync();
    }
}
