using System.Diagnostics;
using System.Globalization;
using TeamsConventions.Testing;

namespace TeamsConventions.Bench;

/// <summary>
/// Starts Azurite, a fake Teams channel, the bot (Release, its own process) and the floor; measures startup to
/// first answered message, p50/p99 and throughput of <c>POST /api/messages</c>, and the bot's working set after
/// 10,000 messages. Every message is a real turn: dedup row in Azurite, help card replied to the fake channel.
/// </summary>
internal static class Banc
{
    private const int Messages = 10_000;
    private const int Echauffement = 500;
    private const int Concurrence = 8;

    public static async Task<int> ExecuterAsync()
    {
        var dll = Construire();
        await using var azurite = await Azurite.DemarrerAsync();
        await using var canal = await FakeChannel.DemarrerAsync();

        var portBot = FreePort.Trouver();
        var demarrage = Stopwatch.StartNew();
        using var bot = Lancer("dotnet", [dll, "--urls", $"http://127.0.0.1:{portBot}"], Environnement(azurite));
        var portPlancher = FreePort.Trouver();
        using var plancher = Lancer("dotnet", [typeof(Banc).Assembly.Location, "--floor", portPlancher.ToString(CultureInfo.InvariantCulture)], []);
        try
        {
            return await MesurerAsync(canal, bot, portBot, demarrage, portPlancher);
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            plancher.Kill(entireProcessTree: true);
        }
    }

    private static async Task<int> MesurerAsync(FakeChannel canal, Process bot, int portBot, Stopwatch demarrage, int portPlancher)
    {
        var adresseBot = new Uri($"http://127.0.0.1:{portBot}/");
        await PremiereReponseAsync(adresseBot, canal.ServiceUrl);
        var tempsDeDemarrage = demarrage.Elapsed;
        await FreePort.AttendreAsync(portPlancher, TimeSpan.FromSeconds(30), "The floor endpoint");
        var adressePlancher = new Uri($"http://127.0.0.1:{portPlancher}/");

        await Charge.EnvoyerAsync(adressePlancher, () => Activities.Message(canal.ServiceUrl, "aide"), Echauffement, Concurrence);
        await Charge.EnvoyerAsync(adresseBot, () => Activities.Message(canal.ServiceUrl, "aide"), Echauffement, Concurrence);
        var mesurePlancher = await Charge.EnvoyerAsync(adressePlancher, () => Activities.Message(canal.ServiceUrl, "aide"), Messages, Concurrence);
        var mesureBot = await Charge.EnvoyerAsync(adresseBot, () => Activities.Message(canal.ServiceUrl, "aide"), Messages, Concurrence);
        var mesureSansReponse = await Charge.EnvoyerAsync(adresseBot, () => Ignoree(canal.ServiceUrl), Messages / 2, Concurrence);
        bot.Refresh();
        var memoire = bot.WorkingSet64 / (1024.0 * 1024.0);
        var reponses = canal.Requetes.Count;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            TeamsConventions benchmark — {Environment.ProcessorCount} cores, {Concurrence} concurrent clients, {Messages} messages after {Echauffement} of warm-up
            (bot: Release, own process, Development/anonymous because outbound tokens need Entra; Azurite in memory; fake channel on loopback)

            endpoint              p50 ms    p99 ms    req/s     failures
            floor (bare ASP.NET)  {mesurePlancher.P50Ms,7:F2}  {mesurePlancher.P99Ms,8:F2}  {mesurePlancher.ParSeconde,8:F0}  {mesurePlancher.Echecs}
            bot /api/messages     {mesureBot.P50Ms,7:F2}  {mesureBot.P99Ms,8:F2}  {mesureBot.ParSeconde,8:F0}  {mesureBot.Echecs}
              same, no reply sent   {mesureSansReponse.P50Ms,7:F2}  {mesureSansReponse.P99Ms,8:F2}  {mesureSansReponse.ParSeconde,8:F0}  {mesureSansReponse.Echecs}   (activity acknowledged: parse, dedup row, no card)

            p50 ratio bot / floor            {mesureBot.P50Ms / mesurePlancher.P50Ms:F2}   (target ≤ 2)
            startup to first answered message {tempsDeDemarrage.TotalMilliseconds:F0} ms   (target ≤ 2000)
            bot working set after the run    {memoire:F0} MB   (target ≤ 200)
            replies received by the channel  {reponses}
            """));
        return mesureBot.Echecs + mesureSansReponse.Echecs == 0 ? 0 : 1;
    }

    /// <summary>A message reaction: authenticated, parsed and recorded once like any activity, but nothing to answer.</summary>
    private static System.Text.Json.Nodes.JsonObject Ignoree(string serviceUrl)
    {
        var activite = Activities.Message(serviceUrl, string.Empty);
        activite["type"] = "messageReaction";
        return activite;
    }

    public static string Construire()
    {
        var projet = Path.Combine(RepositoryRoot.Path, "src", "Bot");
        using var build = Lancer("dotnet", ["build", projet, "-c", "Release", "--nologo", "-v", "quiet"], []);
        build.WaitForExit();
        return build.ExitCode == 0
            ? Path.Combine(projet, "bin", "Release", "net10.0", "TeamsConventions.Bot.dll")
            : throw new InvalidOperationException("dotnet build of src/Bot failed.");
    }

    private static async Task PremiereReponseAsync(Uri bot, string serviceUrl)
    {
        using var http = new HttpClient { BaseAddress = bot, Timeout = TimeSpan.FromSeconds(5) };
        var fin = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < fin)
        {
            try
            {
                using var contenu = new StringContent(Activities.Message(serviceUrl, "aide").ToJsonString(), System.Text.Encoding.UTF8, "application/json");
                using var reponse = await http.PostAsync("api/messages", contenu);
                if (reponse.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The bot did not answer within 60 s.");
    }

    /// <summary>The bot's settings in every benchmark: Development (anonymous, loopback), Azurite, quiet logs.</summary>
    public static Dictionary<string, string> Environnement(Azurite azurite) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Storage__ConnectionString"] = azurite.ConnectionString,
        ["Storage__TablePrefix"] = "bench",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Dossiers__AdressePublique"] = "http://127.0.0.1/",
        ["Dossiers__CleDesLiens"] = BotHost.CleDesLiens,
        ["Storage__CleDesVotesSecrets"] = BotHost.CleDesVotesSecrets,
        ["Classement__Bibliotheque"] = "DossierLocal",
        ["Classement__Dossier"] = Path.Combine(Path.GetTempPath(), "teamsconventions-bench-bibliotheque"),
        ["Courriel__Envoi"] = "DossierLocal",
        ["Courriel__Dossier"] = Path.Combine(Path.GetTempPath(), "teamsconventions-bench-courriels"),
        ["Evaluations__Calendrier"] = "DossierLocal",
        ["Evaluations__Dossier"] = Path.Combine(Path.GetTempPath(), "teamsconventions-bench-calendrier"),
    };

    public static Process Lancer(string programme, string[] arguments, Dictionary<string, string> environnement, string? dossier = null)
    {
        var info = new ProcessStartInfo(programme) { UseShellExecute = false, RedirectStandardOutput = false, WorkingDirectory = dossier ?? string.Empty };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (cle, valeur) in environnement)
        {
            info.Environment[cle] = valeur;
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"{programme} could not be started.");
    }
}
