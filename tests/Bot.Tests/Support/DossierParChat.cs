using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>
/// Talking to the bot about dossiers as Teams would: people pressing the buttons of the cards the bot answered,
/// with what they typed in the inputs. Every card answered is kept, to be checked at the end.
/// </summary>
internal sealed class DossierParChat(BotHost bot, FakeChannel canal, Func<string> jeton)
{
    public const string AppelId = AppelDeTest.Id;
    public const string MarcObjectId = "1d7b3e8f-2e5c-4d2f-9b4a-6cae8f3d5b22";
    public const string AnalysteObjectId = "2e8c4f9a-3f6d-4e3a-8c5b-7dbf9a4e6c33";

    public Dictionary<string, JsonElement> Cartes { get; } = [];

    /// <summary>One open call: opened ten days ago, closing in twenty (or as said); see <see cref="AppelDeTest"/>.</summary>
    public static void ConfigurerLAppel(Dictionary<string, string?> reglages, DateTimeOffset maintenant, int joursAvantCloture = 20) =>
        AppelDeTest.Configurer(reglages, maintenant, joursAvantCloture);

    /// <summary>Someone presses an Action.Execute button; the invoke's answer (a card, or an error) comes back.</summary>
    public async Task<JsonElement> AppuyerAsync(string verbe, JsonObject donnees, string qui = "sophie", string? nom = null)
    {
        var activite = Activities.Action(canal.ServiceUrl, verbe, donnees: (JsonObject)donnees.DeepClone());
        switch (qui)
        {
            case "marc":
                activite["from"] = new JsonObject { ["id"] = "29:conseiller-sro-forem", ["name"] = "Marc Dubois", ["aadObjectId"] = MarcObjectId };
                break;
            case "analyste":
                activite["from"] = new JsonObject { ["id"] = "29:analyste", ["name"] = "Nathalie Renard", ["aadObjectId"] = AnalysteObjectId };
                activite["conversation"] = new JsonObject { ["id"] = $"{Activities.EquipeId};messageid=1", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = BotHost.TenantId };
                activite["channelData"] = new JsonObject
                {
                    ["tenant"] = new JsonObject { ["id"] = BotHost.TenantId },
                    ["team"] = new JsonObject { ["id"] = Activities.EquipeId, ["name"] = "Comité de suivi — Liège" },
                    ["channel"] = new JsonObject { ["id"] = Activities.EquipeId },
                };
                break;
        }

        var reponse = await bot.EnvoyerAsync(activite, jeton());
        var corps = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal(200, (int)reponse.StatusCode);
        if (corps.GetProperty("type").GetString() == "application/vnd.microsoft.card.adaptive")
        {
            Cartes[$"{Cartes.Count:D3}-{verbe}-{nom ?? "reponse"}"] = corps.GetProperty("value");
        }

        return corps;
    }

    /// <summary>Presses the button of <paramref name="carte"/> whose data has <c>_aller</c> = <paramref name="aller"/>, with these inputs.</summary>
    public async Task<JsonElement> BoutonAsync(JsonElement carte, string aller, IReadOnlyDictionary<string, string>? saisies = null, string? ligne = null, string qui = "sophie")
    {
        var (verbe, donnees) = Action(carte, a => a["_aller"]?.GetValue<string>() == aller && (ligne is null || a["_ligne"]?.GetValue<string>() == ligne));
        foreach (var (cle, valeur) in saisies ?? new Dictionary<string, string>())
        {
            donnees[cle] = valeur;
        }

        var reponse = await AppuyerAsync(verbe, donnees, qui, aller);
        return Carte(reponse);
    }

    /// <summary>The verb and a copy of the data of the first Action.Execute of the card matching <paramref name="filtre"/>.</summary>
    public static (string Verbe, JsonObject Donnees) Action(JsonElement carte, Func<JsonObject, bool> filtre)
    {
        foreach (var action in Actions(carte))
        {
            var donnees = JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
            if (filtre(donnees))
            {
                return (action.GetProperty("verb").GetString()!, donnees);
            }
        }

        throw new InvalidOperationException("No such button on the card:\n" + CarteJson.Texte(carte));
    }

    public static bool ABouton(JsonElement carte, string verbe) => Actions(carte).Any(a => a.GetProperty("verb").GetString() == verbe);

    public static JsonElement Carte(JsonElement reponse)
    {
        Assert.True(reponse.GetProperty("type").GetString() == "application/vnd.microsoft.card.adaptive", reponse.GetRawText());
        return reponse.GetProperty("value");
    }

    /// <summary>The value an input of the card shows.</summary>
    public static string? Saisie(JsonElement carte, string id) =>
        Elements(carte).FirstOrDefault(e => e.TryGetProperty("id", out var i) && i.GetString() == id && e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal)) is { ValueKind: JsonValueKind.Object } input
            && input.TryGetProperty("value", out var valeur) ? valeur.GetString() : null;

    public static string? Lien(JsonElement carte) =>
        Elements(carte).FirstOrDefault(e => e.TryGetProperty("type", out var t) && t.GetString() == "Action.OpenUrl") is { ValueKind: JsonValueKind.Object } lien ? lien.GetProperty("url").GetString() : null;

    private static IEnumerable<JsonElement> Actions(JsonElement carte) =>
        Elements(carte).Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute");

    private static IEnumerable<JsonElement> Elements(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new[] { element }.Concat(element.EnumerateObject().SelectMany(p => Elements(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Elements),
        _ => [],
    };
}
