namespace TeamsConventions.Bot.Storage;

/// <summary>Everything needed to message a member proactively: their <c>29:</c> id, the serviceUrl and tenant.</summary>
public sealed record ReferenceMembre(string UserId, string ServiceUrl, string TenantId, string? BotId, string? Locale, string? PersonalConversationId, string? Nom = null);

/// <summary>Everything needed to post in a team channel.</summary>
public sealed record ReferenceCanal(string TeamId, string ChannelId, string ServiceUrl, string TenantId, string? BotId, string? TeamName, string? ChannelName);
