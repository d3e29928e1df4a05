using System.Globalization;
using Conventions.Calendrier;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using TeamsConventions.Application.Evaluations;

namespace TeamsConventions.Graph.Calendrier;

/// <summary>
/// Evaluation meetings in the secretariat's Outlook calendar through Graph (<c>POST /users/{organiser}/events</c>,
/// <c>Calendars.ReadWrite</c> restricted to that mailbox): Brussels time as « Romance Standard Time », a Teams link,
/// the attendees required, a yearly series where asked, and the meeting's key as <c>transactionId</c> so that a
/// creation retried after a 504 finds the event it made rather than making a second.
/// </summary>
public sealed class CalendrierOutlook(GraphServiceClient graph, string organisateur) : ICalendrierDesEvaluations
{
    public const string FuseauWindows = "Romance Standard Time";
    public const string ReglageOrganisateur = "Evaluations:Organisateur";

    public async Task<ReunionPlanifiee> PlanifierAsync(ReunionDEvaluation reunion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reunion);
        var debut = TimeZoneInfo.ConvertTime(reunion.Debut, Bruxelles.Fuseau);
        var evenement = new Event
        {
            Subject = reunion.Objet,
            Body = new ItemBody { ContentType = BodyType.Html, Content = reunion.OrdreDuJourHtml },
            Start = Heure(debut),
            End = Heure(debut + reunion.Duree),
            Attendees = [.. reunion.Invites.Select(i => new Attendee { EmailAddress = new EmailAddress { Name = i.Nom, Address = i.Adresse }, Type = AttendeeType.Required })],
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            TransactionId = reunion.Cle,
            Recurrence = reunion.ChaqueAnnee
                ? new PatternedRecurrence
                {
                    Pattern = new RecurrencePattern { Type = RecurrencePatternType.AbsoluteYearly, Interval = 1, DayOfMonth = debut.Day, Month = debut.Month },
                    Range = new RecurrenceRange { Type = RecurrenceRangeType.NoEnd, StartDate = new Date(debut.Year, debut.Month, debut.Day), RecurrenceTimeZone = FuseauWindows },
                }
                : null,
        };
        var cree = await ErreursGraph.AppelerAsync(
            () => graph.Users[organisateur].Events.PostAsync(evenement, cancellationToken: cancellationToken),
            statut => statut switch
            {
                401 or 403 => ("Calendars.ReadWrite", $"The bot may not organise meetings in the mailbox {organisateur}: grant the application permission Calendars.ReadWrite and restrict it to that mailbox (Exchange RBAC for Applications)."),
                404 => (ReglageOrganisateur, $"There is no mailbox {organisateur}: fix {ReglageOrganisateur}."),
                _ => null,
            });
        return new ReunionPlanifiee(cree?.Id ?? reunion.Cle, cree?.OnlineMeeting?.JoinUrl is { } lien ? new Uri(lien) : null);
    }

    private static DateTimeTimeZone Heure(DateTimeOffset locale) =>
        new() { DateTime = locale.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), TimeZone = FuseauWindows };
}
