using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using TeamsConventions.Testing;

namespace TeamsConventions.EndToEnd;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm, pinned), started headless on loopback with the demo tenant of
/// playground/.m365agentsplayground.yml, and driven through the HTTP routes and the stream its web page uses.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly NodeProcess _process;
    private readonly ClientWebSocket _flux = new();
    private readonly ClientWebSocket _journal = new();
    private readonly Channel<JsonElement> _messages = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _envois = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _arret = new();

    private AgentsPlayground(NodeProcess process, Uri adresse)
    {
        _process = process;
        Adresse = adresse;
        Http = new HttpClient { BaseAddress = adresse, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Adresse { get; }

    public HttpClient Http { get; }

    public static async Task<AgentsPlayground> DemarrerAsync(Uri bot)
    {
        var port = FreePort.Trouver();
        var journal = Path.Combine(Path.GetTempPath(), $"playground-{port}.log");
        var process = NodeProcess.Demarrer(
            RepositoryRoot.Outil("@microsoft/m365agentsplayground/cli.js"),
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--channel-id", "msteams", "--disable-telemetry"],
            Path.Combine(RepositoryRoot.Path, "playground"),
            new Dictionary<string, string>
            {
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                ["BOT_ENDPOINT"] = new Uri(bot, "api/messages").ToString(),
                ["M365_AGENTS_PLAYGROUND_LOGFILE"] = journal,
            },
            [Path.Combine(RepositoryRoot.Path, "tools", "loopback.cjs")]);
        var playground = new AgentsPlayground(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await FreePort.AttendreAsync(port, TimeSpan.FromSeconds(60), "The Agents Playground");
            await playground._flux.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
            _ = playground.LireLeFluxAsync(playground._flux, evenement =>
                evenement.TryGetProperty("action", out var action) && action.GetString() == "createMessage" ? evenement.GetProperty("message") : null, playground._messages);
            await playground._journal.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws/log/stream"), CancellationToken.None);
            _ = playground.LireLeFluxAsync(playground._journal, evenement =>
                evenement.TryGetProperty("log", out var entree) && entree.TryGetProperty("activityName", out var nom) && nom.GetString() == "message"
                    && entree.TryGetProperty("from", out var de) && de.GetString() == "User Application" && entree.TryGetProperty("messageId", out _) ? entree : null, playground._envois);
            return playground;
        }
        catch (Exception e) when (e is TimeoutException or WebSocketException)
        {
            await playground.DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground did not start: {process.Sortie}", e);
        }
    }

    /// <summary>The bot's id in the demo tenant (playground/.m365agentsplayground.yml).</summary>
    public const string BotId = "28:teamsconventions-local";

    /// <summary>A user of the demo tenant types a message in a conversation.</summary>
    public async Task EcrireAsync(string conversationId, string userId, string texte)
    {
        using var reponse = await Http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages",
            new { from = new { id = userId }, text = texte, textFormat = "plain" });
        reponse.EnsureSuccessStatusCode();
    }

    /// <summary>In a channel the bot only hears what @mentions it, as in Teams. Returns the message as the Playground created it.</summary>
    public async Task<JsonElement> MentionnerLeBotAsync(string conversationId, string userId, string texte)
    {
        const string Mention = "<at>TeamsConventions</at>";
        using var reponse = await Http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages",
            new { from = new { id = userId }, text = $"{Mention} {texte}", textFormat = "plain", mentions = new[] { new { mentioned = new { id = BotId }, text = Mention } } });
        reponse.EnsureSuccessStatusCode();
        return await reponse.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A user presses an Action.Execute button; the bot's invoke response comes back.</summary>
    public async Task<JsonElement> AppuyerAsync(string conversationId, string userId, string replyToId, string verbe, object? donnees = null)
    {
        using var reponse = await Http.PostAsJsonAsync("_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            value = new { action = new { type = "Action.Execute", verb = verbe, data = donnees ?? new { } }, trigger = "manual" },
            from = new { id = userId },
            conversation = new { id = conversationId },
            replyToId,
        });
        if (!reponse.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The Playground refused the press ({(int)reponse.StatusCode}): {await reponse.Content.ReadAsStringAsync()}");
        }

        return await reponse.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The next message the bot posted that matches, as the Playground's page receives it.</summary>
    public async Task<JsonElement> AttendreMessageAsync(Func<JsonElement, bool> condition, TimeSpan delai)
    {
        using var limite = new CancellationTokenSource(delai);
        try
        {
            while (true)
            {
                var message = await _messages.Reader.ReadAsync(limite.Token);
                if (condition(message))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"No such bot message within {delai.TotalSeconds} s. Playground output:\n{_process.Sortie}", e);
        }
    }

    /// <summary>
    /// The next message the bot posted anywhere that matches — a chat of another person than the Playground's current
    /// user included, which its page never shows: read from the Playground's log. Its id and the activity as sent.
    /// </summary>
    public async Task<(string MessageId, JsonElement Activite)> AttendreEnvoiDuBotAsync(Func<JsonElement, bool> condition, TimeSpan delai)
    {
        using var limite = new CancellationTokenSource(delai);
        try
        {
            while (true)
            {
                var entree = await _envois.Reader.ReadAsync(limite.Token);
                var activite = entree.GetProperty("request").GetProperty("body");
                if (condition(activite))
                {
                    return (entree.GetProperty("messageId").GetString() ?? string.Empty, activite);
                }
            }
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"No such bot message within {delai.TotalSeconds} s. Playground output:\n{_process.Sortie}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _arret.CancelAsync();
        _flux.Dispose();
        _journal.Dispose();
        Http.Dispose();
        await _process.DisposeAsync();
        _arret.Dispose();
    }

    /// <summary>Reads a stream of the Playground's page; what <paramref name="retenir"/> keeps goes to <paramref name="vers"/>.</summary>
    private async Task LireLeFluxAsync(ClientWebSocket flux, Func<JsonElement, JsonElement?> retenir, Channel<JsonElement> vers)
    {
        var tampon = new byte[256 * 1024];
        try
        {
            while (flux.State == WebSocketState.Open)
            {
                using var morceaux = new MemoryStream();
                WebSocketReceiveResult recu;
                do
                {
                    recu = await flux.ReceiveAsync(tampon, _arret.Token);
                    morceaux.Write(tampon, 0, recu.Count);
                }
                while (!recu.EndOfMessage);

                if (morceaux.Length > 0 && retenir(JsonDocument.Parse(Encoding.UTF8.GetString(morceaux.ToArray())).RootElement.Clone()) is { } retenu)
                {
                    await vers.Writer.WriteAsync(retenu);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
    }
}
