using Conventions.Calendrier;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using TeamsConventions.Application.Evaluations;

namespace TeamsConventions.Graph.Calendrier;

/// <summary>
/// The local stand-in for the secretariat's calendar: each meeting an <c>.ics</c> file (Ical.Net) named after its key,
/// which Outlook imports — Brussels time, the yearly rule, the attendees. Written again under the same key, it stays one.
/// </summary>
public sealed class CalendrierIcs(string dossier, string organisateur) : ICalendrierDesEvaluations
{
    public const string FuseauIana = "Europe/Brussels";

    public async Task<ReunionPlanifiee> PlanifierAsync(ReunionDEvaluation reunion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reunion);
        var debut = TimeZoneInfo.ConvertTime(reunion.Debut, Bruxelles.Fuseau);
        var fin = debut + reunion.Duree;
        var evenement = new CalendarEvent
        {
            Uid = reunion.Cle,
            Summary = reunion.Objet,
            Description = reunion.OrdreDuJourHtml,
            DtStart = new CalDateTime(debut.Year, debut.Month, debut.Day, debut.Hour, debut.Minute, debut.Second, FuseauIana),
            DtEnd = new CalDateTime(fin.Year, fin.Month, fin.Day, fin.Hour, fin.Minute, fin.Second, FuseauIana),
            Organizer = new Organizer("mailto:" + organisateur),
        };
        foreach (var invite in reunion.Invites)
        {
            evenement.Attendees.Add(new Attendee("mailto:" + invite.Adresse) { CommonName = invite.Nom, Role = "REQ-PARTICIPANT", Rsvp = true });
        }

        if (reunion.ChaqueAnnee)
        {
            var annuelle = new RecurrencePattern(FrequencyType.Yearly, 1);
            annuelle.ByMonth.Add(debut.Month);
            annuelle.ByMonthDay.Add(debut.Day);
            evenement.RecurrenceRule = annuelle;
        }

        var calendrier = new Calendar { Method = "REQUEST" };
        calendrier.Events.Add(evenement);
        Directory.CreateDirectory(dossier);
        var chemin = Path.Combine(dossier, string.Concat(reunion.Cle.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_')) + ".ics");
        await File.WriteAllTextAsync(chemin + ".tmp", new CalendarSerializer().SerializeToString(calendrier), cancellationToken);
        File.Move(chemin + ".tmp", chemin, overwrite: true);
        return new ReunionPlanifiee(reunion.Cle, null);
    }
}
