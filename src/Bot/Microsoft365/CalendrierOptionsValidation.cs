using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Microsoft365;

/// <summary>The calendar is named, the local stand-in never in Production, Outlook with the organising mailbox and an identity to reach it.</summary>
internal sealed class CalendrierOptionsValidation(IHostEnvironment environnement, IConfiguration configuration) : IValidateOptions<CalendrierOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string[] erreurs = options.Calendrier switch
        {
            CalendrierOptions.DossierLocal when environnement.IsProduction() =>
                ["Evaluations:Calendrier is DossierLocal, a local stand-in refused in Production: set it to Outlook with Evaluations:Organisateur, the secretariat's mailbox."],
            CalendrierOptions.DossierLocal when string.IsNullOrWhiteSpace(options.Dossier) =>
                ["Evaluations:Dossier is required with Evaluations:Calendrier DossierLocal: the folder the .ics files are written to."],
            CalendrierOptions.DossierLocal => [],
            CalendrierOptions.Outlook => [
                .. string.IsNullOrWhiteSpace(options.Organisateur)
                    ? new[] { "Evaluations:Organisateur is required with Evaluations:Calendrier Outlook: the mailbox that organises the meetings, which Calendars.ReadWrite is restricted to." }
                    : [],
                .. string.IsNullOrWhiteSpace(configuration[$"{ConnectorOptions.AzureAdSectionName}:ClientId"])
                    ? new[] { "AzureAd:ClientId is required to organise meetings through Graph: the bot's identity gets its Microsoft Graph token with it." }
                    : []],
            _ => [$"Evaluations:Calendrier must be Outlook or DossierLocal (it is '{options.Calendrier}'): where the evaluation meetings are organised."],
        };
        return erreurs.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(erreurs);
    }
}
