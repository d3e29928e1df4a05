using Ical.Net;
using TeamsConventions.Application.Evaluations;
using TeamsConventions.Application.Microsoft365;
using TeamsConventions.Graph.Calendrier;
using TeamsConventions.Testing;

namespace TeamsConventions.Graph.Tests;

/// <summary>The yearly evaluation meeting (issue 16): in Outlook through the real SDK against the fake Graph, and as an .ics file locally.</summary>
public sealed class CalendrierDesEvaluationsTests : AvecFakeGraph
{
    private static readonly ReunionDEvaluation Reunion = new(
        "evaluation-7f3e2a10-2027",
        "Évaluation annuelle — Convention de coopération entre le Forem et un CPAS",
        "<ol><li>Connaissance mutuelle</li></ol>",
        new DateTimeOffset(2027, 3, 4, 9, 0, 0, TimeSpan.Zero),
        TimeSpan.FromHours(2),
        [new Invite("Anne Martin", "anne.martin@cpas-seraing.be"), new Invite("Marc Dubois", "marc.dubois@forem.example")],
        ChaqueAnnee: true);

    [Fact]
    public async Task PlanifierAsync_InTheSecretariatsCalendar_AYearlySeriesInBrusselsTimeWithATeamsLink()
    {
        var planifiee = await new CalendrierOutlook(Client, FakeGraph.BoiteDuSecretariat).PlanifierAsync(Reunion, CancellationToken.None);

        var evenement = Assert.Single(Graph.Evenements).Value;
        Assert.Equal(("2027-03-04T10:00:00", "Romance Standard Time"), (evenement["start"]?["dateTime"]?.GetValue<string>(), evenement["start"]?["timeZone"]?.GetValue<string>()));
        Assert.Equal("2027-03-04T12:00:00", evenement["end"]?["dateTime"]?.GetValue<string>());
        Assert.True(evenement["isOnlineMeeting"]?.GetValue<bool>());
        Assert.Equal("teamsForBusiness", evenement["onlineMeetingProvider"]?.GetValue<string>());
        Assert.Equal("evaluation-7f3e2a10-2027", evenement["transactionId"]?.GetValue<string>());
        var motif = evenement["recurrence"]?["pattern"];
        Assert.Equal(("absoluteYearly", 1, 4, 3), (motif?["type"]?.GetValue<string>(), motif?["interval"]?.GetValue<int>(), motif?["dayOfMonth"]?.GetValue<int>(), motif?["month"]?.GetValue<int>()));
        Assert.Equal(["anne.martin@cpas-seraing.be", "marc.dubois@forem.example"], evenement["attendees"]?.AsArray().Select(a => a?["emailAddress"]?["address"]?.GetValue<string>()));
        Assert.Equal("html", evenement["body"]?["contentType"]?.GetValue<string>());
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", planifiee.LienTeams?.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanifierAsync_A504AfterTheEventWasMade_RetriedWithItsTransactionId_MakesOneEvent()
    {
        Graph.DepassementsApresCreation = 1;

        var planifiee = await new CalendrierOutlook(Client, FakeGraph.BoiteDuSecretariat).PlanifierAsync(Reunion, CancellationToken.None);

        Assert.Single(Graph.Evenements);
        Assert.Equal(2, Graph.Requetes.Count(r => r.StartsWith($"POST /v1.0/users/{FakeGraph.BoiteDuSecretariat}/events", StringComparison.Ordinal)));
        Assert.Equal("evenement-evaluation-7f3e2a10-2027", planifiee.Identifiant);
    }

    [Fact]
    public async Task PlanifierAsync_WithoutCalendarsReadWrite_IsAPermanentRefusalNamingThePermission()
    {
        Graph.Panne = 403;

        var erreur = await Assert.ThrowsAsync<ServiceExterneException>(() => new CalendrierOutlook(Client, FakeGraph.BoiteDuSecretariat).PlanifierAsync(Reunion, CancellationToken.None));

        Assert.True(erreur.Permanente);
        Assert.Equal("Calendars.ReadWrite", erreur.Reglage);
    }

    [Fact]
    public async Task CalendrierIcs_WritesAFileOutlookImports_ReadBackWithItsRuleTimeZoneAndAttendees_OnceUnderItsKey()
    {
        var dossier = Path.Combine(Path.GetTempPath(), "tc-ics-" + Guid.NewGuid().ToString("N"));
        try
        {
            var calendrier = new CalendrierIcs(dossier, FakeGraph.BoiteDuSecretariat);
            await calendrier.PlanifierAsync(Reunion, CancellationToken.None);
            await calendrier.PlanifierAsync(Reunion, CancellationToken.None);

            var relu = Calendar.Load(await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(dossier, "*.ics"))));
            var evenement = Assert.Single(relu?.Events.ToList() ?? []);
            Assert.Equal("evaluation-7f3e2a10-2027", evenement.Uid);
            Assert.Equal(("Europe/Brussels", 10), (evenement.DtStart?.TzId, evenement.DtStart?.Hour));
            Assert.Equal(Ical.Net.FrequencyType.Yearly, evenement.RecurrenceRule?.Frequency);
            Assert.Equal([3], evenement.RecurrenceRule?.ByMonth);
            Assert.Equal([4], evenement.RecurrenceRule?.ByMonthDay);
            Assert.Equal(["mailto:anne.martin@cpas-seraing.be", "mailto:marc.dubois@forem.example"], evenement.Attendees.Select(a => a.Value?.ToString()));
        }
        finally
        {
            Directory.Delete(dossier, recursive: true);
        }
    }
}
