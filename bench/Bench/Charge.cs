using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsConventions.Bench;

/// <summary>Fires message activities at an endpoint from a few concurrent clients and records each round trip.</summary>
internal sealed record Mesure(int Requetes, double P50Ms, double P99Ms, double ParSeconde, int Echecs);

internal static class Charge
{
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

    private static double Centile(double[] triees, double centile) => triees[(int)Math.Min(triees.Length - 1, Math.Ceiling(centile * triees.Length) - 1)];
}
