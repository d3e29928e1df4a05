using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Microsoft365;

/// <summary>The way e-mails leave is named, the local stand-in never in Production, Graph with the mailbox and an identity to send from it.</summary>
internal sealed class CourrielOptionsValidation(IHostEnvironment environnement, IConfiguration configuration) : IValidateOptions<CourrielOptions>
{
    private static readonly BoiteOuDossierLocal Regle = new(
        CourrielOptions.SectionName, "Envoi", CourrielOptions.Graph, "Expediteur",
        "the mailbox e-mails are sent from (the secretariat's), which the Mail.Send permission is restricted to", "the e-mails are written to", "send e-mails");

    public ValidateOptionsResult Validate(string? name, CourrielOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var erreurs = Regle.Erreurs(options.Envoi, options.Dossier, options.Expediteur, environnement.IsProduction(), !string.IsNullOrWhiteSpace(configuration[$"{ConnectorOptions.AzureAdSectionName}:ClientId"]));
        return erreurs.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(erreurs);
    }
}
