using Microsoft.Extensions.Options;
using TeamsConventions.Graph.Classement;

namespace TeamsConventions.Bot.Classement;

/// <summary>Says where signed documents will be filed as the host starts: a local stand-in is never chosen silently.</summary>
internal sealed partial class BibliothequeAuDemarrage(IOptions<ClassementOptions> classement, IOptions<SharePointOptions> sharePoint, IHostEnvironment environnement, ILogger<BibliothequeAuDemarrage> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (classement.Value.Bibliotheque == ClassementOptions.DossierLocal)
        {
            LogDossierLocal(logger, Path.GetFullPath(Path.Combine(environnement.ContentRootPath, classement.Value.Dossier ?? string.Empty)));
        }
        else
        {
            using var sceau = classement.Value.CertificatDuSceau();
            LogSharePoint(logger, sharePoint.Value.Bibliotheque, sharePoint.Value.SiteId, sceau?.Subject ?? "?", sceau?.NotAfter ?? DateTime.MinValue);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Signed documents are filed in the LOCAL FOLDER library {Dossier} (Classement:Bibliotheque DossierLocal), a stand-in for SharePoint: not for production")]
    private static partial void LogDossierLocal(ILogger logger, string dossier);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Signed documents are filed in the SharePoint library {Bibliotheque} of site {Site}, their PDF sealed with {Sceau} (valid until {Jusqua:yyyy-MM-dd})")]
    private static partial void LogSharePoint(ILogger logger, string bibliotheque, string site, string sceau, DateTime jusqua);
}
