using System.Text.Json;
using System.Text.RegularExpressions;

namespace TeamsConventions.Bot.Teams.Schema;

public static partial class ActivityExtensions
{
    /// <summary>The client's language: the activity's <c>locale</c>, else the <c>clientInfo</c> entity's.</summary>
    public static string? LocaleDuClient(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Locale))
        {
            return activity.Locale;
        }

        return activity.Entities?
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueEquals("clientInfo"))
            .Select(e => e.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null)
            .FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
    }

    /// <summary>The text a person typed, without the bot's <c>&lt;at&gt;…&lt;/at&gt;</c> mention.</summary>
    public static string TexteSansMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Mention().Replace(activity.Text ?? string.Empty, " ").Trim();
    }

    /// <summary>The bot itself is among the members just added: it was installed in this conversation.</summary>
    public static bool BotAjoute(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;
    }

    public static bool DansUneEquipe(this Activity activity) =>
        activity?.Conversation?.ConversationType == ConversationAccount.Channel || activity?.ChannelData?.Team?.Id is not null;

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex Mention();
}
