using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace TeamsConventions.Testing;

/// <summary>
/// The fake Graph's users: <c>sendMail</c> from the one mailbox it knows (202, as Graph), and installing a Teams app
/// for a person (201; 409 when it is already installed for them), each checked as Graph checks it.
/// </summary>
public sealed partial class FakeGraph
{
    public const string BoiteDuSecretariat = "secretariat@forem.example";

    /// <summary>Each e-mail sent: the mailbox it left from, and the message as Graph received it.</summary>
    public ConcurrentQueue<(string Boite, JsonObject Message)> CourrielsEnvoyes { get; } = new();

    /// <summary>Each app installed: for whom, and which catalogue app.</summary>
    public ConcurrentQueue<(string Membre, string App)> Installations { get; } = new();

    /// <summary>Answered to installations while set (403 when the permission is missing, 404…).</summary>
    public int? RefusDesInstallations { get; set; }

    /// <summary>The events of the secretariat's calendar, by their transactionId.</summary>
    public ConcurrentDictionary<string, JsonObject> Evenements { get; } = new(StringComparer.Ordinal);

    /// <summary>How many event creations answer 504 after creating the event (as a gateway time-out can).</summary>
    public int DepassementsApresCreation { get; set; }

    private async Task<bool> RepondreAuxUtilisateursAsync(HttpContext contexte, string chemin)
    {
        var requete = contexte.Request;
        var segments = chemin.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (requete.Method != "POST" || segments is not ["v1.0", "users", var utilisateur, ..])
        {
            return false;
        }

        // Graph reads an action's parameters whatever their case (the SDK sends "Message", "SaveToSentItems").
        var corps = await JsonNode.ParseAsync(requete.Body, new JsonNodeOptions { PropertyNameCaseInsensitive = true }) as JsonObject ?? [];
        switch (segments[3..])
        {
            case ["sendMail"] when !string.Equals(utilisateur, BoiteDuSecretariat, StringComparison.OrdinalIgnoreCase):
                await ErreurAsync(contexte, 404, "ErrorInvalidUser", $"The requested user '{utilisateur}' is invalid.");
                return true;
            case ["sendMail"]:
                if (corps["message"] is not JsonObject message || message["toRecipients"]?[0]?["emailAddress"]?["address"] is null
                    || message["subject"] is null || message["body"]?["contentType"]?.GetValue<string>() is not ("html" or "HTML" or "Html"))
                {
                    await ErreurAsync(contexte, 400, "ErrorInvalidRecipients", "The message has no recipient, subject or HTML body.");
                    return true;
                }

                CourrielsEnvoyes.Enqueue((utilisateur, message));
                contexte.Response.StatusCode = 202;
                return true;
            case ["events"] when !string.Equals(utilisateur, BoiteDuSecretariat, StringComparison.OrdinalIgnoreCase):
                await ErreurAsync(contexte, 404, "ErrorInvalidUser", $"The requested user '{utilisateur}' is invalid.");
                return true;
            case ["events"]:
                if (corps["transactionId"]?.GetValue<string>() is not { Length: > 0 } transaction || corps["start"]?["timeZone"] is null)
                {
                    await ErreurAsync(contexte, 400, "ErrorInvalidRequest", "The fake wants a transactionId and a start time zone.");
                    return true;
                }

                // Graph ignores a second creation with the same transactionId and answers the event it made.
                var evenement = Evenements.GetOrAdd(transaction, _ => corps);
                evenement["id"] = "evenement-" + transaction;
                evenement["onlineMeeting"] = new JsonObject { ["joinUrl"] = $"https://teams.microsoft.com/l/meetup-join/{Uri.EscapeDataString(transaction)}" };
                if (DepassementsApresCreation > 0)
                {
                    DepassementsApresCreation--;
                    await ErreurAsync(contexte, 504, "GatewayTimeout", "The gateway timed out.");
                    return true;
                }

                await JsonAsync(contexte, 201, JsonNode.Parse(evenement.ToJsonString()) ?? new JsonObject());
                return true;
            case ["teamwork", "installedApps"]:
                if (RefusDesInstallations is { } refus)
                {
                    await ErreurAsync(contexte, refus, refus == 403 ? "Forbidden" : "NotFound", "Injected.");
                    return true;
                }

                var app = corps["teamsApp@odata.bind"]?.GetValue<string>() ?? string.Empty;
                var id = app[(app.LastIndexOf('/') + 1)..];
                if (!app.Contains("/appCatalogs/teamsApps/", StringComparison.Ordinal) || !Guid.TryParse(id, out _) || !Guid.TryParse(utilisateur, out _))
                {
                    await ErreurAsync(contexte, 400, "BadRequest", "teamsApp@odata.bind must name an app of the catalogue, for a user by object id.");
                    return true;
                }

                if (Installations.Contains((utilisateur, id)))
                {
                    await ErreurAsync(contexte, 409, "Conflict", "App is already installed for this user.");
                    return true;
                }

                Installations.Enqueue((utilisateur, id));
                await JsonAsync(contexte, 201, new JsonObject { ["id"] = $"{utilisateur}-{id}" });
                return true;
            default:
                return false;
        }
    }
}
