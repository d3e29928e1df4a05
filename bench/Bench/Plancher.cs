using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsConventions.Bench;

/// <summary>The floor: Kestrel answering 200 to the same POST, reading the body, doing nothing else.</summary>
internal static class Plancher
{
    public static async Task ServirAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpRequest requete) =>
        {
            await requete.Body.CopyToAsync(Stream.Null);
            return Results.Ok();
        });
        await app.RunAsync();
    }
}
