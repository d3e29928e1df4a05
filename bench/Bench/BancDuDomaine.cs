using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Valeurs;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Testing;

namespace TeamsConventions.Bench;

/// <summary>
/// The domain's two figures: computing the calendar of 10,000 conventions, and finding what is due on one day
/// among 100,000 indexed conventions (in Azurite) by reading that day's partition only.
/// </summary>
internal static class BancDuDomaine
{
    private const int Calendriers = 10_000;
    private const int Indexees = 100_000;

    public static async Task<int> ExecuterAsync()
    {
        var catalogue = CatalogueDesConventions.Charger();
        var types = catalogue.Types.Values.ToList();
        var aujourdhui = new DateOnly(2026, 11, 22);
        var conventions = Enumerable.Range(0, Indexees).Select(i => Generer(types[i % types.Count], aujourdhui, i)).ToList();

        CalculerCalendriers(conventions.Take(Calendriers), aujourdhui);
        var chrono = Stopwatch.StartNew();
        var echeancesCalculees = CalculerCalendriers(conventions.Take(Calendriers), aujourdhui);
        var dureeCalendriers = chrono.Elapsed;

        await using var azurite = await Azurite.DemarrerAsync();
        var options = Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "bench" });
        var service = new TableServiceClient(azurite.ConnectionString);
        var noms = new TableNames(options);
        await service.CreateTableIfNotExistsAsync(noms.Echeances);
        var index = new EcheancesIndexees(service, noms);

        var toutes = conventions.SelectMany(c => c.Calendrier.ProchainesEcheances(aujourdhui).Select(e => (c.Id, c.Type, e))).ToList();
        chrono.Restart();
        await index.IndexerEnMasseAsync(toutes, CancellationToken.None);
        var dureeIndexation = chrono.Elapsed;

        var parJour = toutes.GroupBy(e => e.e.Jour).OrderByDescending(g => g.Count()).ToList();
        var (jour, dues, dureeRequete) = await LireAsync(index, parJour[0].Key);
        var (jourOrdinaire, duesOrdinaires, dureeOrdinaire) = await LireAsync(index, parJour[parJour.Count / 2].Key);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            TeamsConventions domain benchmark — {Environment.ProcessorCount} cores

            calendars of {Calendriers:N0} conventions (all five kinds): {dureeCalendriers.TotalMilliseconds:F1} ms   (target ≤ 100 ms; {echeancesCalculees:N0} due dates and evaluations computed)
            due-date index: {Indexees:N0} conventions, {toutes.Count:N0} index rows written in {dureeIndexation.TotalSeconds:F1} s (Azurite, in memory)
            busiest day {jour:yyyy-MM-dd}: {dues:N0} due, {dues:N0} entities read out of {toutes.Count:N0} stored, in {dureeRequete.TotalMilliseconds:F1} ms
            typical day {jourOrdinaire:yyyy-MM-dd}: {duesOrdinaires:N0} due, {duesOrdinaires:N0} entities read out of {toutes.Count:N0} stored, in {dureeOrdinaire.TotalMilliseconds:F1} ms
            """));
        return dues == parJour[0].Count() && duesOrdinaires == parJour[parJour.Count / 2].Count() ? 0 : 1;
    }

    private static async Task<(DateOnly Jour, int Dues, TimeSpan Duree)> LireAsync(EcheancesIndexees index, DateOnly jour)
    {
        var chrono = Stopwatch.StartNew();
        var dues = await index.DuesLeAsync(jour, CancellationToken.None);
        return (jour, dues.Count, chrono.Elapsed);
    }

    private static int CalculerCalendriers(IEnumerable<(ConventionId Id, string Type, CalendrierDeConvention Calendrier)> conventions, DateOnly aujourdhui)
    {
        var total = 0;
        foreach (var (_, _, calendrier) in conventions)
        {
            total += calendrier.ProchainesEcheances(aujourdhui).Count;
            total += calendrier.EvaluationsDues(aujourdhui.AddYears(10)).Count();
            if (calendrier.TermeEnCours(aujourdhui) is { } terme)
            {
                total += calendrier.DateLimiteDePreavis(terme) <= terme.Fin ? 1 : 0;
            }
        }

        return total;
    }

    private static (ConventionId Id, string Type, CalendrierDeConvention Calendrier) Generer(TypeDeConvention type, DateOnly aujourdhui, int graine)
    {
        var signature = aujourdhui.AddDays(-(graine * 7919 % 2200));
        var parametres = new ParametresDeDuree(AnneesDuCycle: 1 + (graine % 3), PeriodeProposee: new Periode(signature, signature.AddYears(3).AddDays(-1)));
        return (new ConventionId(new Guid(graine, 0, 0, new byte[8])), type.Code, new CalendrierDeConvention(type, signature, parametres));
    }
}
