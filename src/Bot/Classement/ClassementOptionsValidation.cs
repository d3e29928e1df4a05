using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Graph.Classement;

namespace TeamsConventions.Bot.Classement;

/// <summary>The library is named, the local stand-in never in Production, SharePoint with its site, library and an identity to reach them.</summary>
internal sealed class ClassementOptionsValidation(IHostEnvironment environnement, IOptions<SharePointOptions> sharePoint, IConfiguration configuration) : IValidateOptions<ClassementOptions>
{
    public ValidateOptionsResult Validate(string? name, ClassementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var erreurs = new List<string>();
        switch (options.Bibliotheque)
        {
            case ClassementOptions.DossierLocal when environnement.IsProduction():
                erreurs.Add("Classement:Bibliotheque is DossierLocal, a local stand-in refused in Production: set it to SharePoint with Classement:SharePoint:SiteId and Classement:SharePoint:Bibliotheque.");
                break;
            case ClassementOptions.DossierLocal when string.IsNullOrWhiteSpace(options.Dossier):
                erreurs.Add("Classement:Dossier is required with Classement:Bibliotheque DossierLocal: the folder the documents are filed in.");
                break;
            case ClassementOptions.DossierLocal:
                break;
            case ClassementOptions.SharePoint:
                if (string.IsNullOrWhiteSpace(sharePoint.Value.SiteId))
                {
                    erreurs.Add("Classement:SharePoint:SiteId is required: the Graph id of the site the Sites.Selected grant names (GET /sites/{host}:/sites/{name}).");
                }

                if (string.IsNullOrWhiteSpace(sharePoint.Value.Bibliotheque))
                {
                    erreurs.Add("Classement:SharePoint:Bibliotheque is required: the document library's name as the site shows it.");
                }

                if (string.IsNullOrWhiteSpace(configuration[$"{ConnectorOptions.AzureAdSectionName}:ClientId"]))
                {
                    erreurs.Add("AzureAd:ClientId is required to file in SharePoint: the bot's identity gets its Microsoft Graph token with it.");
                }

                erreurs.AddRange(Sceau(options));
                if (sharePoint.Value.TailleDesTranchesEnOctets <= 0 || sharePoint.Value.TailleDesTranchesEnOctets % SharePointOptions.MultipleDesTranches != 0 || sharePoint.Value.TailleDesTranchesEnOctets >= 60 * 1024 * 1024)
                {
                    erreurs.Add($"Classement:SharePoint:TailleDesTranchesEnOctets must be a multiple of {SharePointOptions.MultipleDesTranches} (320 KiB) under 60 MiB, as SharePoint's upload sessions require.");
                }

                break;
            default:
                erreurs.Add($"Classement:Bibliotheque must be SharePoint or DossierLocal (it is '{options.Bibliotheque}'): where signed documents are filed.");
                break;
        }

        return erreurs.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(erreurs);
    }

    /// <summary>The seal's certificate opens, with its private key, and is valid now.</summary>
    private static IEnumerable<string> Sceau(ClassementOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Sceau.Certificat))
        {
            return ["Classement:Sceau:Certificat is required with SharePoint: the organisation's certificate (PFX, base64 — a Key Vault reference in Azure) that seals the filed PDFs."];
        }

        try
        {
            using var certificat = options.CertificatDuSceau();
            return certificat is { HasPrivateKey: true } && certificat.NotAfter > DateTime.Now
                ? []
                : ["Classement:Sceau:Certificat must hold the certificate's private key and be valid today: it seals the filed PDFs."];
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return [$"Classement:Sceau:Certificat is not a PFX in base64 that Classement:Sceau:MotDePasse opens ({e.Message})."];
        }
    }
}
