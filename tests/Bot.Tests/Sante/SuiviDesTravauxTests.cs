using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Bot.Tests.Sante;

/// <summary>What <c>/healthz</c> says of the background jobs: which one stopped turning.</summary>
public sealed class SuiviDesTravauxTests
{
    private readonly FakeTimeProvider _horloge = new(new DateTimeOffset(2027, 5, 31, 8, 0, 0, TimeSpan.Zero));

    private Task<HealthCheckResult> EtatAsync(SuiviDesTravaux suivi) =>
        new TravauxHealthCheck(suivi, Options.Create(new BotOptions { IntervalleDesTravauxEnSecondes = 30 }), _horloge).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task Healthz_AJobWithoutARoundForFiveIntervals_IsDegradedAndNamed_TheOthersNot()
    {
        var suivi = new SuiviDesTravaux(_horloge);
        suivi.Demarre("cloture-des-votes");
        suivi.Demarre("rappels-des-appels");

        _horloge.Advance(TimeSpan.FromMinutes(2));
        suivi.Termine("rappels-des-appels");
        Assert.Equal(HealthStatus.Healthy, (await EtatAsync(suivi)).Status);
        _horloge.Advance(TimeSpan.FromSeconds(31));

        var etat = await EtatAsync(suivi);
        Assert.Equal(HealthStatus.Degraded, etat.Status);
        Assert.Contains("cloture-des-votes", etat.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("rappels-des-appels", etat.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TourAsync_CompletesOnlyOnceTheJobCompletedOneMoreRound()
    {
        var suivi = new SuiviDesTravaux(_horloge);
        suivi.Demarre("cloture-des-votes");
        var attente = suivi.TourAsync("cloture-des-votes", 0, CancellationToken.None);

        suivi.EnAttente("cloture-des-votes");
        Assert.False(attente.IsCompleted);
        suivi.Termine("cloture-des-votes");

        await attente.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, suivi.Tours("cloture-des-votes"));
    }
}
