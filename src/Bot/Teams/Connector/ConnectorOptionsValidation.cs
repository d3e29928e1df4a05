using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>
/// With an app id, the <c>AzureAd</c> section must be able to produce a token: checked at start-up, each problem
/// naming the setting to fix, so that a reply never fails later for a setting that was wrong all along.
/// </summary>
internal sealed class ConnectorOptionsValidation : IValidateOptions<ConnectorOptions>
{
    private const string Section = ConnectorOptions.AzureAdSectionName;

    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            return ValidateOptionsResult.Success;
        }

        var erreurs = new List<string>();
        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
        {
            erreurs.Add($"{Section}:Instance must be the https address of the Entra instance (https://login.microsoftonline.com/), not '{options.Instance}'.");
        }

        var avecIdentiteGeree = !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId);
        var credentiels = options.Credentiels().ToList();
        if (avecIdentiteGeree && !Guid.TryParse(options.ManagedIdentityClientId, out _))
        {
            erreurs.Add($"{Section}:ManagedIdentityClientId must be the client id (a GUID) of the bot's user-assigned managed identity.");
        }

        if (!avecIdentiteGeree && credentiels.Count == 0)
        {
            erreurs.Add($"{Section}:ClientSecret, {Section}:ClientCredentials or {Section}:ManagedIdentityClientId is required when {Section}:ClientId is set: without one the bot cannot get a token to answer in Teams.");
        }

        foreach (var (credentiel, i) in credentiels.Select((c, i) => (c, i)))
        {
            if (Manquant(credentiel) is { } reglage)
            {
                erreurs.Add(options.ClientCredentials.Count == 0
                    ? $"{Section}:ClientSecret is empty."
                    : $"{Section}:ClientCredentials:{i}:{reglage} is required for SourceType {credentiel.SourceType}.");
            }
        }

        return erreurs.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(erreurs);
    }

    /// <summary>The setting a credential of its kind cannot do without, if it is missing.</summary>
    private static string? Manquant(CredentialDescription c) => c.SourceType switch
    {
        CredentialSource.ClientSecret => Vide(c.ClientSecret) ? nameof(c.ClientSecret) : null,
        CredentialSource.Base64Encoded => Vide(c.Base64EncodedValue) ? nameof(c.Base64EncodedValue) : null,
        CredentialSource.Path => Vide(c.CertificateDiskPath) ? nameof(c.CertificateDiskPath) : null,
        CredentialSource.KeyVault => Vide(c.KeyVaultUrl) ? nameof(c.KeyVaultUrl) : Vide(c.KeyVaultCertificateName) ? nameof(c.KeyVaultCertificateName) : null,
        CredentialSource.StoreWithThumbprint => Vide(c.CertificateThumbprint) ? nameof(c.CertificateThumbprint) : null,
        CredentialSource.StoreWithDistinguishedName => Vide(c.CertificateDistinguishedName) ? nameof(c.CertificateDistinguishedName) : null,
        _ => null,
    };

    private static bool Vide(string? valeur) => string.IsNullOrWhiteSpace(valeur);
}
