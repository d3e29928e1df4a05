using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Microsoft365;

/// <summary>Says, as the host starts, how e-mails leave and whether the app is installed for people: a local stand-in is never chosen silently.</summary>
internal sealed partial class Microsoft365AuDemarrage(
    IOptions<CourrielOptions> courriel, IOptions<CalendrierOptions> calendrier, IOptions<InstallationOptions> installation, IHostEnvironment environnement, ILogger<Microsoft365AuDemarrage> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (courriel.Value.Envoi == CourrielOptions.DossierLocal)
        {
            LogCourrielLocal(logger, Path.GetFullPath(Path.Combine(environnement.ContentRootPath, courriel.Value.Dossier ?? string.Empty)));
        }
        else
        {
            LogCourrielGraph(logger, courriel.Value.Expediteur ?? string.Empty);
        }

        if (calendrier.Value.Calendrier == CalendrierOptions.DossierLocal)
        {
            LogCalendrierLocal(logger, Path.GetFullPath(Path.Combine(environnement.ContentRootPath, calendrier.Value.Dossier ?? string.Empty)));
        }
        else
        {
            LogCalendrierOutlook(logger, calendrier.Value.Organisateur ?? string.Empty);
        }

        if (installation.Value.IdDansLeCatalogue is { Length: > 0 } id)
        {
            LogInstallation(logger, id);
        }
        else
        {
            LogSansInstallation(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "E-mails are written as .eml files to the LOCAL FOLDER {Dossier} (Courriel:Envoi DossierLocal), a stand-in for the organisation's mailbox: not for production")]
    private static partial void LogCourrielLocal(ILogger logger, string dossier);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "E-mails are sent through Microsoft Graph from the mailbox {Expediteur}")]
    private static partial void LogCourrielGraph(ILogger logger, string expediteur);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Warning, Message = "Evaluation meetings are written as .ics files to the LOCAL FOLDER {Dossier} (Evaluations:Calendrier DossierLocal), a stand-in for the secretariat's Outlook calendar: not for production")]
    private static partial void LogCalendrierLocal(ILogger logger, string dossier);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Information, Message = "Evaluation meetings are organised in the Outlook calendar of {Organisateur}, with a Teams link")]
    private static partial void LogCalendrierOutlook(ILogger logger, string organisateur);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Information, Message = "People who never opened the app get it installed for them (catalogue id {Id})")]
    private static partial void LogInstallation(ILogger logger, string id);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Information, Message = "Installing the app for people is off (Installation:IdDansLeCatalogue unset): whoever never opened it is reported to those who must reach them")]
    private static partial void LogSansInstallation(ILogger logger);
}
