namespace TeamsConventions.Bot.Storage;

/// <summary>Someone changed the entity since it was read (HTTP 412): re-read and re-apply, or tell the user.</summary>
public sealed class ConcurrencyConflictException(string table, string partitionKey, string rowKey, Exception inner)
    : Exception($"{table}({partitionKey}, {rowKey}) changed since it was read.", inner);
