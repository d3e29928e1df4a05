using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsConventions.Bench;

/// <summary>
/// The floors: Kestrel answering 200 to the same POST after reading the body, doing nothing else; with a
/// connection string, after one conditional table write (an insert of a new row); or, for votes, the least storage
/// work an acknowledged-is-counted ballot needs: the member's rows in one transaction, then the vote's root read back.
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

    public static async Task ServirLeVoteAsync(int port, string connexion)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var table = new Azure.Data.Tables.TableClient(connexion, "plancherVote");
        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("vote", "racine") { ["Etat"] = "Ouvert" });

        app.MapPost("/api/messages", async (HttpRequest requete) =>
        {
            var activite = await System.Text.Json.JsonDocument.ParseAsync(requete.Body);
            var membre = activite.RootElement.GetProperty("from").GetProperty("aadObjectId").GetString() ?? string.Empty;
            var choix = activite.RootElement.GetProperty("value").GetProperty("action").GetProperty("data").GetProperty("choix").GetString() ?? string.Empty;
            await table.SubmitTransactionAsync(
            [
                new(Azure.Data.Tables.TableTransactionActionType.UpsertReplace, new Azure.Data.Tables.TableEntity("vote", $"choix-{membre}") { ["Choix"] = choix }),
                new(Azure.Data.Tables.TableTransactionActionType.Add, new Azure.Data.Tables.TableEntity("vote", $"audit-{Guid.NewGuid():N}") { ["Acteur"] = membre }),
            ]);
            var racine = await table.GetEntityAsync<Azure.Data.Tables.TableEntity>("vote", "racine");
            return Results.Json(new { statusCode = 200, type = "application/vnd.microsoft.card.adaptive", value = new { etat = racine.Value.GetString("Etat"), choix } });
        });
        await app.RunAsync();
    }
}
