using Conventions.Catalogue;
using TeamsConventions.Bot.Api;
using TeamsConventions.Bot.Classement;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Microsoft365;
using TeamsConventions.Bot.Handlers;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot;

/// <summary>Builds the bot's host: used by <c>Program</c>, and by the tests and the benchmark on a real Kestrel port.</summary>
public static class BotApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configurer = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);

        // Read and checked now: a broken convention kind stops the start with the list of problems and their files.
        builder.Services.AddSingleton(CatalogueDesConventions.Charger());
        builder.Services.AddProblemDetails();
        builder.Services.AddTeamsProtocol();
        builder.Services.AddConventionStorage();
        builder.Services.AddBotHandlers();
        builder.Services.AddMicrosoft365();
        builder.Services.AddClassement();
        configurer?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
        app.MapMessagesEndpoint();
        app.MapHealthChecks("/healthz");
        app.MapInformationPages();
        app.MapDocumentEndpoint();
        app.MapPageDeSignature();
        return app;
    }
}
