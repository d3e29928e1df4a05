using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Graph;
using TeamsConventions.Application.Classement;
using TeamsConventions.Graph.Classement;
using TeamsConventions.Testing;

namespace TeamsConventions.Bench;

/// <summary>
/// Filing a 20 MB document in SharePoint through the real Graph SDK and an upload session, against the fake Graph
/// on loopback (keeping no bytes), beside the floor — the same bytes in one plain PUT to the same server: MB/s, and
/// how much this process's working set grows during the upload.
/// </summary>
internal static class BancDuClassement
{
    private const int Taille = 20 * 1000 * 1000;
    private const int Tours = 5;

    public static async Task<int> ExecuterAsync()
    {
        await using var graph = await FakeGraph.DemarrerAsync();
        graph.GarderLesContenus = false;
        using var http = GraphClientFactory.Create();
        using var televersement = new HttpClient();
        var client = graph.Client(http);
        var bibliotheque = new BibliothequeSharePoint(client, televersement, new SharePointOptions { SiteId = FakeGraph.Site, Bibliotheque = FakeGraph.Bibliotheque }, TimeProvider.System);
        var octets = new byte[Taille];
        new Random(15).NextBytes(octets);

        var debits = new List<double>();
        long croissance = 0;
        for (var tour = 0; tour <= Tours; tour++)
        {
            var document = new DocumentAClasser($"gros-{tour}.docx", octets, new MetadonneesDeClassement(
                Conventions.Accords.ConventionId.Nouveau(), "cooperation-forem-cpas", "CPAS de Seraing — Le Forem", DateTimeOffset.UtcNow, "En vigueur", null, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(octets))));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var (duree, pic) = await MesurerAsync(() => bibliotheque.ClasserAsync(document, CancellationToken.None));
            if (tour > 0)
            {
                debits.Add(Taille / 1e6 / duree.TotalSeconds);
                croissance = Math.Max(croissance, pic);
            }
        }

        var plancher = new List<double>();
        using var brut = new HttpClient();
        for (var tour = 0; tour <= Tours; tour++)
        {
            using var requete = new HttpRequestMessage(HttpMethod.Put, new Uri(graph.Adresse, $"drives/{FakeGraph.Drive}/items/root:/plancher/p-{tour}.bin:/content?@microsoft.graph.conflictBehavior=fail")) { Content = new ByteArrayContent(octets) };
            requete.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "plancher");
            var (duree, _) = await MesurerAsync(async () => (await brut.SendAsync(requete)).EnsureSuccessStatusCode());
            if (tour > 0)
            {
                plancher.Add(Taille / 1e6 / duree.TotalSeconds);
            }
        }

        var mediane = debits.Order().ElementAt(debits.Count / 2);
        var medianePlancher = plancher.Order().ElementAt(plancher.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Filing benchmark — {Environment.ProcessorCount} cores; a {Taille / 1e6:F0} MB document, {Tours} runs after one of warm-up; fake Graph on loopback, keeping no bytes
            through the Graph SDK, upload session in ranges of {new SharePointOptions().TailleDesTranchesEnOctets / 1024} KiB: {mediane:F1} MB/s (median)   target ≥ 50 MB/s
            floor, one plain PUT of the same bytes:             {medianePlancher:F1} MB/s (median)
            working set growth during an upload (peak):         {croissance / (1024.0 * 1024.0):F1} MB   target ≤ 20 MB
            """));
        return mediane >= 50 && croissance <= 20L * 1024 * 1024 ? 0 : 1;
    }

    /// <summary>How long <paramref name="action"/> took, and how far above its start the working set went meanwhile.</summary>
    private static async Task<(TimeSpan Duree, long Pic)> MesurerAsync(Func<Task> action)
    {
        using var processus = Process.GetCurrentProcess();
        processus.Refresh();
        var avant = processus.WorkingSet64;
        long pic = 0;
        using var fin = new CancellationTokenSource();
        var releve = Task.Run(async () =>
        {
            while (!fin.IsCancellationRequested)
            {
                processus.Refresh();
                pic = Math.Max(pic, processus.WorkingSet64 - avant);
                await Task.Delay(2);
            }
        });
        var chrono = Stopwatch.StartNew();
        await action();
        chrono.Stop();
        await fin.CancelAsync();
        await releve;
        return (chrono.Elapsed, pic);
    }
}
