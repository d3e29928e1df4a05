using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Microsoft365;

/// <summary>The way e-mails leave is named, the local stand-in never in Production, Graph with the mailbox and an identity to send from it.</summary>
internal sealed class CourrielOptionsValidation(IHostEnvironment environnement, IConfiguration configuration) : IValidateOptions<CourrielOptions>
{
    public ValidateOptionsResult Validate(string? name, CourrielOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var erreurs = new List<string>();
        switch (options.Envoi)
        {
            case CourrielOptions.DossierLocal when environnement.IsProduction():
                erreurs.Add("Courriel:Envoi is DossierLocal, a local stand-in refused in Production: set it to Graph with Courriel:Expediteur, the secretariat's mailbox.");
                break;
            case CourrielOptions.DossierLocal when string.IsNullOrWhiteSpace(options.Dossier):
                erreurs.Add("Courriel:Dossier is required with Courriel:Envoi DossierLocal: the folder the e-mails are written to.");
                break;
            case CourrielOptions.DossierLocal:
                break;
            case CourrielOptions.Graph:
                if (string.IsNullOrWhiteSpace(options.Expediteur))
                {
                    erreurs.Add("Courriel:Expediteur is required with Courriel:Envoi Graph: the mailbox e-mails are sent from (the secretariat's), which the Mail.Send permission is restricted to.");
                }

                if (string.IsNullOrWhiteSpace(configuration[$"{ConnectorOptions.AzureAdSectionName}:ClientId"]))
                {
                    erreurs.Add("AzureAd:ClientId is required to send e-mails through Graph: the bot's identity gets its Microsoft Graph token with it.");
                }

                break;
            default:
                erreurs.Add($"Courriel:Envoi must be Graph or DossierLocal (it is '{options.Envoi}'): how e-mails to people Teams cannot reach are sent.");
                break;
        }

        return erreurs.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(erreurs);
    }
}
