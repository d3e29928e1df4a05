using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>
/// A Comité de suivi (Liège, its President member 1) and the Comité d'accompagnement, each bound to its channel, and
/// their members talking to the bot there: typing a command, pressing a card's button, voting and closing a vote.
/// </summary>
public abstract class ComitesEnCanalTestBase(AzuriteFixture azurite) : BotTestBase(azurite)
{
    protected Comite Suivi { get; private set; } = null!;

    protected Comite Accompagnement { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var catalogue = Service<CatalogueDesConventions>();
        await Comites.CanalConnuAsync(Activities.EquipeId, Activities.CanalVotes);
        await Comites.CanalConnuAsync(AppelDeTest.EquipeDAccompagnement, AppelDeTest.CanalDAccompagnement);
        var suivi = DonneesDeVote.ComiteDeSuivi(catalogue);
        suivi.DesignerPresidence(Membre(1), Membre(101), Conventions.Calendrier.Bruxelles.Jour(Maintenant), LeSecretariat, Maintenant);
        Suivi = await Comites.LierAsync(suivi, Activities.EquipeId, Activities.CanalVotes);
        Accompagnement = await Comites.LierAsync(
            Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", catalogue.Comite("comite-accompagnement"), MembresDAccompagnement(), LeSecretariat, Maintenant),
            AppelDeTest.EquipeDAccompagnement, AppelDeTest.CanalDAccompagnement);
    }

    /// <summary>The time the committees are set up at: the bot's clock.</summary>
    protected virtual DateTimeOffset Maintenant => DateTimeOffset.UtcNow;

    /// <summary>A token Teams would send, valid at the bot's clock.</summary>
    protected virtual string Jeton() => JetonValide();

    /// <summary>Member <paramref name="membre"/> writes <paramref name="texte"/> in their personal chat (so that the bot can write to them later); the card it answers.</summary>
    protected async Task<JsonElement> EcrireEnPriveAsync(int membre, string texte)
    {
        Canal.Oublier();
        var activite = Activities.Message(Canal.ServiceUrl, texte, userId: $"29:membre-{membre}", objectId: Membre(membre).ToString());
        activite["conversation"]!["id"] = $"a:personnel-{membre}";
        await Bot.EnvoyerAsync(activite, Jeton());

        // The answer to this message, not a notification the outbox delivers to the same chat meanwhile.
        var id = activite["id"]?.GetValue<string>() ?? string.Empty;
        return (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{membre}", StringComparison.Ordinal) && (r.Path.EndsWith(id, StringComparison.Ordinal) || r.Body.Contains(id, StringComparison.Ordinal)))).Carte;
    }

    protected static void DansLeCanal(JsonObject activite, int membre, string equipe, string canal)
    {
        ArgumentNullException.ThrowIfNull(activite);
        activite["from"] = new JsonObject { ["id"] = $"29:membre-{membre}", ["name"] = $"Membre {membre}", ["aadObjectId"] = Membre(membre).ToString() };
        activite["conversation"] = new JsonObject { ["id"] = $"{canal};messageid=1", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = BotHost.TenantId };
        activite["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = BotHost.TenantId },
            ["team"] = new JsonObject { ["id"] = equipe },
            ["channel"] = new JsonObject { ["id"] = canal },
        };
    }

    /// <summary>Member <paramref name="membre"/> types <paramref name="texte"/> to the bot in the channel; the card it answers in the thread.</summary>
    protected async Task<JsonElement> EcrireAsync(int membre, string texte, string equipe = Activities.EquipeId, string canal = Activities.CanalVotes)
    {
        Canal.Oublier();
        var activite = Activities.Message(Canal.ServiceUrl, $"<at>TeamsConventions</at> {texte}");
        DansLeCanal(activite, membre, equipe, canal);
        await Bot.EnvoyerAsync(activite, Jeton());
        // The answer in the thread of the message (the vote's announcements may come in between).
        return (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(canal), StringComparison.Ordinal) && r.Path.EndsWith("/activities/" + activite["id"], StringComparison.Ordinal))).Carte;
    }

    /// <summary>
    /// Member <paramref name="membre"/> presses, in the channel, the card's button whose data goes <paramref name="aller"/>
    /// (for row <paramref name="ligne"/>, or item <paramref name="reference"/>), with these inputs; the card answered.
    /// </summary>
    protected async Task<JsonElement> AppuyerAsync(JsonElement carte, int membre, string aller, IReadOnlyDictionary<string, string>? saisies = null, string? ligne = null,
        string equipe = Activities.EquipeId, string canal = Activities.CanalVotes, string? reference = null)
    {
        var (verbe, donnees) = Action(carte, d => d["_aller"]?.GetValue<string>() == aller && (ligne is null || d["_ligne"]?.GetValue<string>() == ligne) && (reference is null || d["_ref"]?.GetValue<string>() == reference));
        foreach (var (cle, valeur) in saisies ?? new Dictionary<string, string>())
        {
            donnees[cle] = valeur;
        }

        var activite = Activities.Action(Canal.ServiceUrl, verbe, donnees: donnees);
        DansLeCanal(activite, membre, equipe, canal);
        var reponse = JsonDocument.Parse(await (await Bot.EnvoyerAsync(activite, Jeton())).Content.ReadAsStringAsync()).RootElement.Clone();
        return Carte(reponse);
    }

    /// <summary>Member <paramref name="membre"/> presses, in their personal chat, the card's button whose data goes <paramref name="aller"/>, with these inputs; the card answered.</summary>
    protected async Task<JsonElement> AppuyerEnPriveAsync(JsonElement carte, int membre, string aller, IReadOnlyDictionary<string, string>? saisies = null, Func<JsonObject, JsonObject>? falsifier = null)
    {
        var (verbe, donnees) = Action(carte, d => d["_aller"]?.GetValue<string>() == aller);

        // As Teams does: every input of the card is sent with what it holds, then what the person typed.
        foreach (var (id, valeur) in Entrees(carte))
        {
            donnees[id] = valeur;
        }

        foreach (var (cle, valeur) in saisies ?? new Dictionary<string, string>())
        {
            donnees[cle] = valeur;
        }

        var activite = Activities.Action(Canal.ServiceUrl, verbe, donnees: falsifier?.Invoke(donnees) ?? donnees);
        activite["from"] = new JsonObject { ["id"] = $"29:membre-{membre}", ["name"] = $"Membre {membre}", ["aadObjectId"] = Membre(membre).ToString() };
        activite["conversation"] = new JsonObject { ["id"] = $"a:personnel-{membre}", ["conversationType"] = "personal", ["tenantId"] = BotHost.TenantId };
        var reponse = JsonDocument.Parse(await (await Bot.EnvoyerAsync(activite, Jeton())).Content.ReadAsStringAsync()).RootElement.Clone();
        return Carte(reponse);
    }

    /// <summary>The card's inputs (<c>Input.*</c> with an id) and the value each holds.</summary>
    private static IEnumerable<(string Id, string Valeur)> Entrees(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Input.", StringComparison.Ordinal) == true
            && element.TryGetProperty("id", out var id) => [(id.GetString() ?? string.Empty, element.TryGetProperty("value", out var v) ? v.GetString() ?? string.Empty : string.Empty)],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Entrees(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Entrees),
        _ => [],
    };

    /// <summary>Every voting member of <paramref name="comite"/> votes <paramref name="choix"/> on vote <paramref name="id"/>; its chair closes it.</summary>
    protected async Task VoterEtCloreAsync(Comite comite, ScrutinId id, Choix choix = Choix.Pour)
    {
        ArgumentNullException.ThrowIfNull(comite);
        var scrutins = Service<ScrutinsStockes>();
        foreach (var membre in (await scrutins.ChargerAsync(id, CancellationToken.None))?.Scrutin.Electeurs ?? throw new InvalidOperationException($"No vote {id}."))
        {
            await scrutins.VoterAsync(id, membre, choix, Maintenant, CancellationToken.None);
        }

        using var scope = Bot.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CloturerLeVote>().ExecuterAsync(id, comite.President(Conventions.Calendrier.Bruxelles.Jour(Maintenant)) ?? LeSecretariat, Maintenant, CancellationToken.None);
    }
}
