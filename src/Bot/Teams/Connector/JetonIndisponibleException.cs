namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>
/// The bot could not get its Bot Connector token: Entra refused the credential, or could not be reached. A dependency
/// failure (503 and a log line saying what to fix), never a bare server error.
/// </summary>
public sealed class JetonIndisponibleException(Exception cause)
    : Exception($"No Bot Connector token could be had from Entra ({cause.GetType().Name}: {cause.Message}). Check AzureAd:TenantId, AzureAd:ClientId and the credential (AzureAd:ClientSecret, AzureAd:ClientCredentials or AzureAd:ManagedIdentityClientId), and that Entra is reachable.", cause);
