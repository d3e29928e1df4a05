using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Testing;

namespace TeamsConventions.Bench;

/// <summary>
/// Vote invokes (Action.Execute "voter") from 50 concurrent members on one vote, against the bot in its own
/// process, and the floor: a bare endpoint doing one conditional table write per request, in the same run.
/// </summary>
internal static class BancDesVotes
{
    private const int Votants = 50;
    private const int Invokes = 5_000;

    public static async Task<int> ExecuterAsync()
    {
        var dll = Banc.Construire();
        await using var azurite = await Azurite.DemarrerAsync();
        await using var canal = await FakeChannel.DemarrerAsync();
        var scrutin = await OuvrirAsync(azurite);

        var portBot = FreePort.Trouver();
        using var bot = Banc.Lancer("dotnet", [dll, "--urls", $"http://127.0.0.1:{portBot}"], Banc.Environnement(azurite));
        var portPlancher = FreePort.Trouver();
        using var plancher = Banc.Lancer("dotnet", [typeof(Banc).Assembly.Location, "--floor-table", portPlancher.ToString(CultureInfo.InvariantCulture), azurite.ConnectionString], []);
        try
        {
            await FreePort.AttendreAsync(portBot, TimeSpan.FromSeconds(60), "The bot");
            await FreePort.AttendreAsync(portPlancher, TimeSpan.FromSeconds(60), "The floor endpoint");
            var numero = 0;
            JsonObject Vote() => Appui(canal.ServiceUrl, scrutin, Interlocked.Increment(ref numero));
            await Charge.EnvoyerAsync(new Uri($"http://127.0.0.1:{portPlancher}/"), Vote, 300, Votants);
            await Charge.EnvoyerAsync(new Uri($"http://127.0.0.1:{portBot}/"), Vote, 300, Votants);
            var mesurePlancher = await Charge.EnvoyerAsync(new Uri($"http://127.0.0.1:{portPlancher}/"), Vote, Invokes, Votants);
            var mesureBot = await Charge.EnvoyerAsync(new Uri($"http://127.0.0.1:{portBot}/"), Vote, Invokes, Votants);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                TeamsConventions vote benchmark — {Environment.ProcessorCount} cores, {Votants} concurrent voters on one vote, {Invokes:N0} invokes after 300 of warm-up
                (bot: Release, own process, Development/anonymous; Azurite in memory)

                endpoint                                 p50 ms    p99 ms    req/s    failures
                floor (one conditional table write)     {mesurePlancher.P50Ms,7:F2}  {mesurePlancher.P99Ms,8:F2}  {mesurePlancher.ParSeconde,7:F0}  {mesurePlancher.Echecs}
                bot: Action.Execute "voter"             {mesureBot.P50Ms,7:F2}  {mesureBot.P99Ms,8:F2}  {mesureBot.ParSeconde,7:F0}  {mesureBot.Echecs}

                p50 ratio bot / floor  {mesureBot.P50Ms / mesurePlancher.P50Ms:F2}   (targets: p50 ≤ 25 ms, p99 ≤ 150 ms, ratio ≤ 2, ≥ 300 votes/s)
                """));
            return mesureBot.Echecs == 0 ? 0 : 1;
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            plancher.Kill(entireProcessTree: true);
        }
    }

    private static async Task<ScrutinId> OuvrirAsync(Azurite azurite)
    {
        var options = Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "bench", CleDesVotesSecrets = BotHost.CleDesVotesSecrets });
        var service = new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString);
        var noms = new TableNames(options);
        foreach (var table in noms.Toutes)
        {
            await service.CreateTableIfNotExistsAsync(table);
        }

        var statuts = new StatutsDeComite("banc", "Comité du banc", [new Siege("Forem", Votants / 2), new Siege("Cpas", Votants / 2)],
            new Presidence(TypeDePresidence.Fixe, "Forem"), new Secretariat(TypeDeSecretariat.Cote, "Forem"), new RegleDeDecision(0.5m, false));
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité du banc", statuts,
            Enumerable.Range(1, Votants).Select(i => new MembreDeComite(Membre(i), $"Membre {i}", i <= Votants / 2 ? "Forem" : "Cpas", $"Organisation {i}")), Membre(999), DateTimeOffset.UtcNow);
        var scrutin = Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.Dossier, "banc", "Dossier du banc", "sha256:banc"), false, DateTimeOffset.UtcNow.AddDays(1), Membre(999), DateTimeOffset.UtcNow);
        await new ScrutinsStockes(service, noms, new VotesOuverts(service, noms), new EnveloppeDesVotesSecrets(options), TimeProvider.System).OuvrirAsync(scrutin, CancellationToken.None);
        return scrutin.Id;
    }

    private static JsonObject Appui(string serviceUrl, ScrutinId scrutin, int numero)
    {
        var membre = 1 + (numero % Votants);
        var activite = Activities.Action(serviceUrl, "voter", donnees: new JsonObject { ["scrutin"] = scrutin.ToString(), ["choix"] = ((Choix)(numero % 3)).ToString() });
        activite["from"] = new JsonObject { ["id"] = $"29:membre-{membre}", ["aadObjectId"] = Membre(membre).ToString() };
        return activite;
    }

    private static MembreId Membre(int n) => MembreId.Depuis($"00000000-0000-4000-8000-{n:D12}");
}
