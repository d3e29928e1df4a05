using System.Globalization;
using System.Text;
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
/// The committee vote under load, three servers in one run and in alternating rounds, on one Azurite: our bot; the
/// official Bot Framework SDK for JavaScript doing the same vote (../shared/peers/peer-botbuilder); and the floor, a
/// bare ASP.NET endpoint doing the least storage work our guarantee needs. At 1, 11 and 64 concurrent voters,
/// each client is one member of a 64-member vote and every press changes that member's choice.
/// </summary>
internal static class BancDesVotes
{
    private const int Electeurs = 64;
    private const int Tours = 3;
    private static readonly int[] Concurrences = [1, 11, 64];
    private static readonly string[] NosChoix = ["Pour", "Contre", "Abstention"];
    private static readonly string[] ChoixDuPair = ["pour", "contre", "abstention"];

    public static async Task<int> ExecuterAsync()
    {
        var dll = Banc.Construire();
        var pair = await InstallerLePairAsync();
        await using var azurite = await Azurite.DemarrerAsync();
        await using var canal = await FakeChannel.DemarrerAsync();
        var scrutin = await OuvrirAsync(azurite);

        var ports = (Bot: FreePort.Trouver(), Pair: FreePort.Trouver(), Plancher: FreePort.Trouver());
        using var bot = Banc.Lancer("dotnet", [dll, "--urls", $"http://127.0.0.1:{ports.Bot}"], Banc.Environnement(azurite));
        using var peer = Banc.Lancer("node", [Path.Combine(pair, "index.js")], new() { ["PORT"] = Texte(ports.Pair), ["TABLES_CONNECTION"] = azurite.ConnectionString }, pair);
        using var plancher = Banc.Lancer("dotnet", [typeof(Banc).Assembly.Location, "--floor-vote", Texte(ports.Plancher), azurite.ConnectionString], []);
        try
        {
            await FreePort.AttendreAsync(ports.Bot, TimeSpan.FromSeconds(60), "The bot");
            await FreePort.AttendreAsync(ports.Pair, TimeSpan.FromSeconds(60), "The peer (botbuilder)");
            await FreePort.AttendreAsync(ports.Plancher, TimeSpan.FromSeconds(60), "The floor endpoint");
            var serveurs = new[]
            {
                new Serveur("TeamsConventions", ports.Bot, (client, n) => NotreAppui(canal.ServiceUrl, scrutin, client, n)),
                new Serveur("peer: botbuilder 4.23", ports.Pair, (client, n) => AppuiDuPair(canal.ServiceUrl, client, n)),
                new Serveur("floor: bare ASP.NET", ports.Plancher, (client, n) => NotreAppui(canal.ServiceUrl, scrutin, client, n)),
            };

            var table = new StringBuilder();
            var echecsDuBot = 0;
            foreach (var concurrence in Concurrences)
            {
                var mesures = await MesurerAsync(serveurs, concurrence);
                echecsDuBot += mesures[0].Echecs;
                Imprimer(table, concurrence, mesures);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                TeamsConventions vote benchmark — {Environment.ProcessorCount} cores; one vote of {Electeurs} members; each client one member, every press a change of choice;
                {Tours} alternating rounds per concurrency (floor, peer, bot); every press the real Teams invoke (Action.Execute); Azurite in memory, shared.
                (bot: Release, own process, Development/anonymous; peer: CloudAdapter anonymous, as its README starts it)

                voters  server                   presses/s   p50 ms    p99 ms   failed   goodput ÷ peer   p50 ÷ floor
                {table}
                targets: 0 failed presses; goodput ≥ peer at 1 voter and ≥ 5× peer at 64; p50 at 1 voter ≤ 1.5× floor
                """));
            return echecsDuBot == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var processus in new[] { bot, peer, plancher })
            {
                processus.Kill(entireProcessTree: true);
            }
        }
    }

    private sealed record Serveur(string Nom, int Port, Func<int, int, JsonObject> Appui);

    private sealed record Resultat(string Nom, double ParSeconde, double Bonnes, double P50Ms, double P99Ms, int Echecs);

    private static async Task<Resultat[]> MesurerAsync(Serveur[] serveurs, int concurrence)
    {
        var appuis = Math.Max(200, concurrence * 10);
        var durees = serveurs.Select(_ => new List<double>()).ToArray();
        var temps = new TimeSpan[serveurs.Length];
        var echecs = new int[serveurs.Length];
        var clients = serveurs.Select(s => new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{s.Port}/"), Timeout = TimeSpan.FromSeconds(30) }).ToArray();
        try
        {
            // Warm-up, then the rounds: floor, peer, bot, again, so that neither gets the quieter moments of the machine.
            for (var i = 0; i < serveurs.Length; i++)
            {
                await Charge.AppuyerAsync(clients[i], serveurs[i].Appui, appuis / 2, concurrence);
            }

            for (var tour = 0; tour < Tours; tour++)
            {
                foreach (var i in new[] { 2, 1, 0 })
                {
                    var (d, duree, e) = await Charge.AppuyerAsync(clients[i], serveurs[i].Appui, appuis, concurrence);
                    durees[i].AddRange(d);
                    temps[i] += duree;
                    echecs[i] += e;
                }
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        return [.. serveurs.Select((s, i) =>
        {
            var triees = durees[i].Order().ToArray();
            var parSeconde = triees.Length / temps[i].TotalSeconds;
            return new Resultat(s.Nom, parSeconde, (triees.Length - echecs[i]) / temps[i].TotalSeconds, Charge.Centile(triees, 0.50), Charge.Centile(triees, 0.99), echecs[i]);
        })];
    }

    private static void Imprimer(StringBuilder table, int concurrence, Resultat[] r)
    {
        var (pair, plancher) = (r[1], r[2]);
        foreach (var m in r)
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{concurrence,6}  {m.Nom,-23}  {m.ParSeconde,9:F0}  {m.P50Ms,7:F2}  {m.P99Ms,8:F2}  {m.Echecs,7}   {m.Bonnes / Math.Max(pair.Bonnes, 0.001),14:F2}   {m.P50Ms / plancher.P50Ms,11:F2}"));
        }
    }

    /// <summary>The peer's folder may be read-only: it is copied under the benchmark's output and installed there once.</summary>
    private static async Task<string> InstallerLePairAsync()
    {
        var source = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "peers", "peer-botbuilder"));
        var cible = Path.Combine(AppContext.BaseDirectory, "peer-botbuilder");
        if (!File.Exists(Path.Combine(cible, "node_modules", ".package-lock.json")))
        {
            Directory.CreateDirectory(cible);
            foreach (var fichier in Directory.GetFiles(source))
            {
                File.Copy(fichier, Path.Combine(cible, Path.GetFileName(fichier)), overwrite: true);
            }

            using var npm = Banc.Lancer("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], [], cible);
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {cible}.");
            }
        }

        return cible;
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

        var statuts = new StatutsDeComite("banc", "Comité du banc", [new Siege("Forem", Electeurs / 2), new Siege("Cpas", Electeurs / 2)],
            new Presidence(TypeDePresidence.Fixe, "Forem"), new Secretariat(TypeDeSecretariat.Cote, "Forem"), new RegleDeDecision(0.5m, false));
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité du banc", statuts,
            Enumerable.Range(1, Electeurs).Select(i => new MembreDeComite(Membre(i), $"Membre {i}", i <= Electeurs / 2 ? "Forem" : "Cpas", $"Organisation {i}")), Membre(999), DateTimeOffset.UtcNow);
        var scrutin = Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.Dossier, "banc", "Dossier du banc", "sha256:banc"), false, DateTimeOffset.UtcNow.AddDays(1), Membre(999), DateTimeOffset.UtcNow);
        await new ScrutinsStockes(service, noms, new VotesOuverts(service, noms), new EnveloppeDesVotesSecrets(options), TimeProvider.System).OuvrirAsync(scrutin, CancellationToken.None);
        return scrutin.Id;
    }

    private static JsonObject NotreAppui(string serviceUrl, ScrutinId scrutin, int client, int numero)
    {
        var activite = Activities.Action(serviceUrl, "voter", donnees: new JsonObject { ["scrutin"] = scrutin.ToString(), ["choix"] = NosChoix[(client + numero) % 3] });
        activite["from"] = new JsonObject { ["id"] = $"29:membre-{client + 1}", ["aadObjectId"] = Membre(client + 1).ToString() };
        return activite;
    }

    private static JsonObject AppuiDuPair(string serviceUrl, int client, int numero)
    {
        var activite = Activities.Action(serviceUrl, "vote", donnees: new JsonObject { ["voteId"] = "banc-vote", ["choice"] = ChoixDuPair[(client + numero) % 3] });
        activite["from"] = new JsonObject { ["id"] = $"29:membre-{client + 1}", ["aadObjectId"] = Membre(client + 1).ToString() };
        return activite;
    }

    private static string Texte(int port) => port.ToString(CultureInfo.InvariantCulture);
}
