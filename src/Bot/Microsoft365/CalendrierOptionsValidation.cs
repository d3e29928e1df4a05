using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Microsoft365;

/// <summary>The calendar is named, the local stand-in never in Production, Outlook with the organising mailbox and an identity to reach it.</summary>
internal sealed class CalendrierOptionsValidation(IHostEnvironment environnement, IConfiguration configuration) : IValidateOptions<CalendrierOptions>
{
    private static readonly BoiteOuDossierLocal Regle = new(
        CalendrierOptions.SectionName, "Calendrier", CalendrierOptions.Outlook, "Organisateur",
        "the mailbox that organises the meetings, which Calendars.ReadWrite is restricted to", "the .ics files are written to", "organise meetings");

    public ValidateOptionsResult Validate(string? name, CalendrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var erreurs = Regle.Erreurs(options.Calendrier, options.Dossier, options.Organisateur, environnement.IsProduction(), !string.IsNullOrWhiteSpace(configuration[$"{ConnectorOptions.AzureAdSectionName}:ClientId"]));
        return erreurs.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(erreurs);
    }
}
