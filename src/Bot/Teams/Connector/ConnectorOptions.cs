using Microsoft.Identity.Abstractions;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>
/// Section <c>AzureAd</c> as the bot reads it to get its Bot Connector token: one way to prove its identity, a
/// client secret (<c>ClientSecret</c>, or a <c>ClientCredentials</c> entry), a certificate (<c>ClientCredentials</c>)
/// or a user-assigned managed identity (<c>ManagedIdentityClientId</c>). Token acquisition itself reads the same
/// section through <see cref="MicrosoftIdentityApplicationOptions"/>.
/// </summary>
public sealed class ConnectorOptions
{
    public const string AzureAdSectionName = "AzureAd";

    public string? ClientId { get; set; }

    public string? Instance { get; set; }

    /// <summary>Client id of the user-assigned managed identity; when set, tokens come from it instead of a secret or certificate.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The app registration's secret, the short form of a <c>ClientSecret</c> entry of <see cref="ClientCredentials"/>.</summary>
    public string? ClientSecret { get; set; }

    public IList<CredentialDescription> ClientCredentials { get; } = [];

    /// <summary>The credentials token acquisition is given: <see cref="ClientCredentials"/>, or the secret as one entry.</summary>
    public IEnumerable<CredentialDescription> Credentiels() => ClientCredentials.Count > 0 || string.IsNullOrWhiteSpace(ClientSecret)
        ? ClientCredentials
        : [new CredentialDescription { SourceType = CredentialSource.ClientSecret, ClientSecret = ClientSecret }];
}
