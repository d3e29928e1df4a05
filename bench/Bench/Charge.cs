using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsConventions.Bench;

/// <summary>Fires message activities at an endpoint from a few concurrent clients and records each round trip.</summary>
internal sealed record Mesure(int Requetes, double P50Ms, double P99Ms, double ParSeconde, int Echecs);

internal static class Charge
{
    /// <summary>
    /// Vote presses: client <c>k</c> of <paramref name="concurrence"/> is always the same member, and each of its presses
    /// is built by <paramref name="appui"/>(k, its press number). A press fails on a non-2xx answer or an error body.
    /// Returns each round trip (ms), the time taken and the failures, to be merged over alternating rounds.
    /// </summary>
    public static async Task<(double[] Durees, TimeSpan Duree, int Echecs)> AppuyerAsync(HttpClient http, Func<int, int, JsonObject> appui, int nombre, int concurrence)
    {
        var durees = new double[nombre];
        var echecs = 0;
        var suivant = -1;
        var chrono = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrence).Select(async client =>
        {
            var numero = 0;
            int i;
            while ((i = Interlocked.Increment(ref suivant)) < nombre)
            {
                using var contenu = new StringContent(appui(client, numero++).ToJsonString(), Encoding.UTF8, "application/json");
                var debut = Stopwatch.GetTimestamp();
                using var reponse = await http.PostAsync("api/messages", contenu);
                var corps = await reponse.Content.ReadAsStringAsync();
                durees[i] = Stopwatch.GetElapsedTime(debut).TotalMilliseconds;
                if (!reponse.IsSuccessStatusCode || corps.Contains("application/vnd.microsoft.error", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref echecs);
                }
            }
        }));
        return (durees, chrono.Elapsed, echecs);
    }

    public static double Centile(double[] triees, double centile) => triees[(int)Math.Min(triees.Length - 1, Math.Ceiling(centile * triees.Length) - 1)];

    public static async Task<Mesure> EnvoyerAsync(Uri cible, Func<JsonObject> activite, int nombre, int concurrence)
    {
        using var http = new HttpClient { BaseAddress = cible, Timeout = TimeSpan.FromSeconds(30) };
        var durees = new double[nombre];
        var echecs = 0;
        var suivant = -1;
        var chrono = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrence).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref suivant)) < nombre)
            {
                using var contenu = new StringContent(activite().ToJsonString(), Encoding.UTF8, "application/json");
                var debut = Stopwatch.GetTimestamp();
                using var reponse = await http.PostAsync("api/messages", contenu);
                durees[i] = Stopwatch.GetElapsedTime(debut).TotalMilliseconds;
                if (!reponse.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref echecs);
                }
            }
        }));
        chrono.Stop();
        Array.Sort(durees);
        return new Mesure(nombre, Centile(durees, 0.50), Centile(durees, 0.99), nombre / chrono.Elapsed.TotalSeconds, echecs);
    }
}
