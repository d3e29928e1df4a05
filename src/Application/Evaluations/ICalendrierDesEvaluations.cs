namespace TeamsConventions.Application.Evaluations;

/// <summary>
/// The secretariat's calendar (Outlook, or <c>.ics</c> files for a run without a tenant), where the evaluation meetings
/// of conventions are organised, with a Teams link, their attendees invited.
/// </summary>
public interface ICalendrierDesEvaluations
{
    /// <summary>Creates the meeting; the same <see cref="ReunionDEvaluation.Cle"/> never makes two, even after a retry.</summary>
    /// <exception cref="Microsoft365.ServiceExterneException">The calendar refuses (a permission, a mailbox) or cannot be reached.</exception>
    Task<ReunionPlanifiee> PlanifierAsync(ReunionDEvaluation reunion, CancellationToken cancellationToken);
}

/// <summary>
/// An evaluation meeting: <paramref name="Cle"/> identifies it for good (a retried creation finds it), its subject and
/// agenda (HTML), its start and length, its attendees; <paramref name="ChaqueAnnee"/>: repeated every year on the same
/// day and month as its start.
/// </summary>
public sealed record ReunionDEvaluation(string Cle, string Objet, string OrdreDuJourHtml, DateTimeOffset Debut, TimeSpan Duree, IReadOnlyList<Invite> Invites, bool ChaqueAnnee);

/// <summary>Someone invited, by name and e-mail address.</summary>
public sealed record Invite(string Nom, string Adresse);

/// <summary>The meeting as the calendar holds it: its id there, and the Teams link it got (none in a local file).</summary>
public sealed record ReunionPlanifiee(string Identifiant, Uri? LienTeams);
