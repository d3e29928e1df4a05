using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace TeamsConventions.Testing;

/// <summary>
/// The fake Graph's library list and its columns: <c>GET /drives/{d}/list</c>, <c>GET /sites/{s}/lists/{l}/columns</c>,
/// <c>POST</c> there to create one (by its internal <c>name</c>, text or dateTime), as SharePoint does; a fields PATCH
/// names only columns the list has.
/// </summary>
public sealed partial class FakeGraph
{
    public const string Liste = "liste-conventions-signees";

    /// <summary>The list's columns by internal name, with their kind (<c>text</c>, <c>dateTime</c>); all the bot writes at first.</summary>
    public ConcurrentDictionary<string, string> ColonnesDeLaListe { get; } = new(Colonnes.Select(c => KeyValuePair.Create(c, c == "SigneeLe" ? "dateTime" : "text")), StringComparer.Ordinal);

    private async Task<bool> RepondreAuxColonnesAsync(HttpContext contexte, string chemin)
    {
        var requete = contexte.Request;
        if (requete.Method == "GET" && chemin == $"/v1.0/drives/{Drive}/list")
        {
            await JsonAsync(contexte, 200, new JsonObject { ["id"] = Liste });
            return true;
        }

        var colonnes = $"/v1.0/sites/{Site}/lists/{Liste}/columns";
        if (requete.Method == "GET" && chemin == colonnes)
        {
            await JsonAsync(contexte, 200, new JsonObject { ["value"] = new JsonArray([.. ColonnesDeLaListe.Keys.Order(StringComparer.Ordinal).Select(n => (JsonNode)new JsonObject { ["name"] = n })]) });
            return true;
        }

        if (requete.Method == "POST" && chemin == colonnes)
        {
            var corps = await JsonNode.ParseAsync(requete.Body) as JsonObject ?? [];
            var nature = corps["text"] is not null ? "text" : corps["dateTime"] is not null ? "dateTime" : null;
            if (corps["name"]?.GetValue<string>() is not { Length: > 0 } nom || nature is null)
            {
                await ErreurAsync(contexte, 400, "invalidRequest", "A column needs a name and a type.");
                return true;
            }

            if (!ColonnesDeLaListe.TryAdd(nom, nature))
            {
                await ErreurAsync(contexte, 409, "nameAlreadyExists", $"A column named '{nom}' already exists.");
                return true;
            }

            await JsonAsync(contexte, 201, new JsonObject { ["name"] = nom });
            return true;
        }

        return false;
    }
}
