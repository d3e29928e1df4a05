namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Section <c>Storage</c>: either a connection string (Azurite locally and in tests) or the Table service endpoint
/// reached with the bot's managed identity (Azure, no shared keys).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty = the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Base64 of at least 32 random bytes, the same on every instance: wraps each secret vote's own key while the vote
    /// is open, so that reading the tables alone never opens a ballot. Kept out of storage (Key Vault, app settings).
    /// </summary>
    public string? CleDesVotesSecrets { get; set; }

    /// <summary>Prefix of every table name, so that several environments (or test runs) can share one account.</summary>
    public string TablePrefix { get; set; } = string.Empty;
}
