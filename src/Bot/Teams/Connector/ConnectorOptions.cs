namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>Section <c>AzureAd</c>, the part token acquisition does not read itself.</summary>
public sealed class ConnectorOptions
{
    public const string AzureAdSectionName = "AzureAd";

    /// <summary>Client id of the user-assigned managed identity; when set, tokens come from it instead of a secret or certificate.</summary>
    public string? ManagedIdentityClientId { get; set; }
}
