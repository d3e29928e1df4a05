using System.Text.Json.Nodes;

namespace TeamsConventions.Testing;

/// <summary>Inbound activities shaped like the ones Teams sends (see shared/reference/bot-protocol.md §2).</summary>
public static class Activities
{
    public const string BotId = "28:" + BotHost.AppId;
    public const string SophieId = "29:agent-cpas-seraing";
    public const string SophieObjectId = "0c6a2f7e-1d4b-4c1e-8a3f-5b9d7e2c4a11";
    public const string ConversationPersonnelle = "a:conversation-sophie";
    public const string EquipeId = "19:comite-suivi-liege@thread.tacv2";
    public const string CanalVotes = "19:comite-suivi-liege-votes@thread.tacv2";

    public static JsonObject Message(string serviceUrl, string texte, string locale = "fr-BE", string? userId = SophieId, string? objectId = SophieObjectId) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Sophie Lambert", ["aadObjectId"] = objectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsConventions" },
        ["conversation"] = new JsonObject { ["id"] = ConversationPersonnelle, ["conversationType"] = "personal", ["tenantId"] = BotHost.TenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotHost.TenantId } },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["platform"] = "Web" }),
        ["locale"] = locale,
        ["textFormat"] = "plain",
        ["text"] = texte,
    };

    public static JsonObject MessageDansLeCanal(string serviceUrl, string texte)
    {
        var activite = Message(serviceUrl, $"<at>TeamsConventions</at> {texte}");
        activite["conversation"] = new JsonObject
        {
            ["id"] = $"{CanalVotes};messageid=1700000000000",
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = BotHost.TenantId,
        };
        activite["channelData"] = CanalData();
        return activite;
    }

    public static JsonObject Action(string serviceUrl, string verbe, string locale = "fr-BE", JsonObject? donnees = null)
    {
        var activite = Message(serviceUrl, string.Empty, locale);
        activite.Remove("text");
        activite["type"] = "invoke";
        activite["name"] = "adaptiveCard/action";
        activite["replyToId"] = "message-carte-1";
        activite["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verbe, ["data"] = donnees ?? new JsonObject() },
            ["trigger"] = "manual",
        };
        return activite;
    }

    /// <summary>The bot was installed: personal chat, or (with <paramref name="equipe"/>) a team.</summary>
    public static JsonObject BotInstalle(string serviceUrl, bool equipe = false, string locale = "fr-BE")
    {
        var activite = Message(serviceUrl, string.Empty, locale);
        activite.Remove("text");
        activite["type"] = "conversationUpdate";
        activite["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        if (equipe)
        {
            activite["conversation"] = new JsonObject { ["id"] = EquipeId, ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = BotHost.TenantId };
            activite["channelData"] = CanalData(EquipeId);
            activite["channelData"]!["eventType"] = "teamMemberAdded";
        }

        return activite;
    }

    /// <summary>Teams tells the bot its app was installed for a person (by themselves, or for them through Graph), in their personal chat.</summary>
    public static JsonObject Installation(string serviceUrl, string userId, string objectId, string conversationId)
    {
        var activite = Message(serviceUrl, string.Empty, userId: userId, objectId: objectId);
        activite.Remove("text");
        activite["type"] = "installationUpdate";
        activite["action"] = "add";
        activite["conversation"]!["id"] = conversationId;
        return activite;
    }

    public static JsonObject Desinstallation(string serviceUrl)
    {
        var activite = Message(serviceUrl, string.Empty);
        activite.Remove("text");
        activite["type"] = "installationUpdate";
        activite["action"] = "remove";
        return activite;
    }

    private static JsonObject CanalData(string canal = CanalVotes) => new()
    {
        ["tenant"] = new JsonObject { ["id"] = BotHost.TenantId },
        ["team"] = new JsonObject { ["id"] = EquipeId, ["name"] = "Comité de suivi — Liège" },
        ["channel"] = new JsonObject { ["id"] = canal, ["name"] = "Votes du comité" },
    };
}
