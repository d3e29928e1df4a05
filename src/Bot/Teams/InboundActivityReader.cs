using System.Text.Json;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Teams;

/// <summary>Reads and checks the body of <c>POST /api/messages</c>: JSON, bounded size, the fields every activity needs.</summary>
internal static class InboundActivityReader
{
    public static bool EstJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>The body, or null when it is longer than <paramref name="maximum"/> bytes.</summary>
    public static async Task<byte[]?> LireAsync(HttpRequest requete, int maximum, CancellationToken cancellationToken)
    {
        if (requete.ContentLength > maximum)
        {
            return null;
        }

        using var tampon = new MemoryStream(capacity: (int)Math.Min(requete.ContentLength ?? 4096, maximum));
        var bloc = new byte[16 * 1024];
        int lus;
        while ((lus = await requete.Body.ReadAsync(bloc, cancellationToken)) > 0)
        {
            if (tampon.Length + lus > maximum)
            {
                return null;
            }

            tampon.Write(bloc, 0, lus);
        }

        return tampon.ToArray();
    }

    public static (Activity? Activity, IResult? Refus) Analyser(byte[] corps)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(corps, ProtocolJson.Options);
        }
        catch (JsonException e)
        {
            return (null, HttpErreurs.Json(StatusCodes.Status400BadRequest, "json.invalid", CleTexte.HttpJsonInvalide, e.Message));
        }

        if (activity is null)
        {
            return (null, HttpErreurs.Json(StatusCodes.Status400BadRequest, "json.invalid", CleTexte.HttpJsonInvalide, "null"));
        }

        var manquants = ChampsManquants(activity);
        return manquants.Count == 0
            ? (activity, null)
            : (null, HttpErreurs.Json(StatusCodes.Status400BadRequest, "activity.incomplete", CleTexte.HttpChampsManquants, string.Join(", ", manquants)));
    }

    private static List<string> ChampsManquants(Activity a)
    {
        var manquants = new List<string>();
        Exiger(manquants, a.Type, "type");
        Exiger(manquants, a.Id, "id");
        Exiger(manquants, a.ChannelId, "channelId");
        Exiger(manquants, a.Conversation?.Id, "conversation.id");
        Exiger(manquants, a.From?.Id, "from.id");
        if (!Uri.TryCreate(a.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            manquants.Add("serviceUrl");
        }

        if (a.Type == ActivityTypes.Invoke)
        {
            Exiger(manquants, a.Name, "name");
        }

        return manquants;
    }

    private static void Exiger(List<string> manquants, string? valeur, string champ)
    {
        if (string.IsNullOrWhiteSpace(valeur))
        {
            manquants.Add(champ);
        }
    }
}
