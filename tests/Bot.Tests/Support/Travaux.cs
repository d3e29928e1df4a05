using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>The bot's background jobs driven by a <see cref="FakeTimeProvider"/>: one tick, and the round it starts.</summary>
internal static class Travaux
{
    public const string EcheancesDesVotes = "cloture-des-votes";
    public const string RappelsDesAppels = "rappels-des-appels";

    private static readonly TimeSpan Delai = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Waits for the job of every bot to be waiting for its tick, moves the clock they share on by <paramref name="pas"/>
    /// (at least their interval), and returns once the round each one started is over.
    /// </summary>
    public static async Task UnTourAsync(FakeTimeProvider horloge, string travail, TimeSpan pas, params BotHost[] bots)
    {
        using var delai = new CancellationTokenSource(Delai);
        var suivis = bots.Select(b => b.Services.GetRequiredService<SuiviDesTravaux>()).ToList();
        var tours = suivis.Select(s => s.Tours(travail)).ToList();
        await Task.WhenAll(suivis.Select((s, i) => s.AttenteAsync(travail, tours[i], delai.Token)));
        horloge.Advance(pas);
        await Task.WhenAll(suivis.Select((s, i) => s.TourAsync(travail, tours[i], delai.Token)));
    }
}
