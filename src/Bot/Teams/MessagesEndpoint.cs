using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Authentication;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Teams;

/// <summary>
/// <c>POST /api/messages</c>: check the request, authenticate, refresh the conversation reference, then route.
/// Invokes are answered in the response; a re-delivered activity (same id) is acknowledged without a second effect.
/// </summary>
public static partial class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapMessagesEndpoint(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, TraiterAsync);

        // The Agents Playground probes the endpoint with GET/HEAD before it starts.
        routes.MapMethods(Route, [HttpMethods.Get, HttpMethods.Head], () => Results.Text("TeamsConventions : POST uniquement / POST only"));
        return routes;
    }

    private static async Task<IResult> TraiterAsync(
        HttpContext contexte,
        InboundAuthenticator authentification,
        ConversationReferences references,
        ActivitesRecues activitesRecues,
        IRoutageDesActivites routeur,
        IEcouteDesDestinations signal,
        IOptions<BotOptions> options,
        ILoggerFactory loggers)
    {
        var requete = contexte.Request;
        var annulation = contexte.RequestAborted;
        var journal = loggers.CreateLogger(typeof(MessagesEndpoint));
        if (!InboundActivityReader.EstJson(requete.ContentType))
        {
            return HttpErreurs.Json(StatusCodes.Status415UnsupportedMediaType, "content-type", CleTexte.HttpTypeDeContenu);
        }

        var maximum = options.Value.MaxRequestBodyBytes;
        var corps = await InboundActivityReader.LireAsync(requete, maximum, annulation);
        if (corps is null)
        {
            return HttpErreurs.Json(StatusCodes.Status413PayloadTooLarge, "body.too-large", CleTexte.HttpTropVolumineux, maximum);
        }

        ValidatedToken? jeton;
        try
        {
            (jeton, var refusDuJeton) = await authentification.ValiderJetonAsync(requete.Headers.Authorization, annulation);
            if (refusDuJeton is not null)
            {
                return Refuser(journal, refusDuJeton);
            }
        }
        catch (Exception e) when (IssuesDesDependances.Classer(e, annulation) == IssueDUneDependance.Transitoire)
        {
            LogEchec(journal, "inbound", "transient: 503 so that Teams re-delivers", e.GetType().Name, e.Message);
            return HttpErreurs.Json(StatusCodes.Status503ServiceUnavailable, "service.indisponible", CleTexte.ErreurIndisponible);
        }

        var (activity, refus) = InboundActivityReader.Analyser(corps);
        if (activity is null)
        {
            return refus ?? HttpErreurs.Json(StatusCodes.Status400BadRequest, "json.invalid", CleTexte.HttpJsonInvalide, "null");
        }

        var autorisation = authentification.Autoriser(jeton, activity);
        if (!autorisation.Accepte)
        {
            return Refuser(journal, autorisation);
        }

        var tour = new Tour(activity, Textes.Choisir(options.Value.Langue, activity.LocaleDuClient()));
        try
        {
            if (await references.RafraichirAsync(activity, annulation))
            {
                signal.DestinationApprise();
            }

            return activity.Type == ActivityTypes.Invoke
                ? Results.Json(await routeur.RepondreInvokeAsync(tour, annulation), ProtocolJson.Options)
                : await TraiterUneFoisAsync(tour, activitesRecues, routeur, annulation);
        }
        catch (Exception e) when (IssuesDesDependances.Classer(e, annulation) is { } issue)
        {
            var permanente = issue == IssueDUneDependance.Permanente;
            LogEchec(journal, activity.Type, permanente ? "permanent: acknowledged, not to be re-delivered" : "transient: 503 so that Teams re-delivers", e.GetType().Name, e.Message);
            return (activity.Type == ActivityTypes.Invoke, permanente) switch
            {
                (true, true) => Results.Json(InvokeResponse.Erreur(StatusCodes.Status502BadGateway, "teams.refus", tour.Textes[CleTexte.ErreurTeamsARefuse]), ProtocolJson.Options),
                (true, false) => Results.Json(InvokeResponse.Erreur(StatusCodes.Status503ServiceUnavailable, "service.indisponible", tour.Textes[CleTexte.ErreurIndisponible]), ProtocolJson.Options),
                (false, true) => Results.Ok(),
                (false, false) => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
            };
        }
    }

    private static async Task<IResult> TraiterUneFoisAsync(Tour tour, ActivitesRecues activitesRecues, IRoutageDesActivites routeur, CancellationToken annulation)
    {
        if (!await activitesRecues.PremiereReceptionAsync(tour.Activity, annulation))
        {
            return Results.Ok();
        }

        try
        {
            await routeur.TraiterAsync(tour, annulation);
        }
        catch (Exception e) when (IssuesDesDependances.Classer(e, annulation) != IssueDUneDependance.Permanente)
        {
            // Forgotten so that Teams' re-delivery is handled; a permanent refusal stays acknowledged.
            await activitesRecues.OublierAsync(tour.Activity, CancellationToken.None);
            throw;
        }

        return Results.Ok();
    }

    private static IResult Refuser(ILogger journal, AuthenticationOutcome refus)
    {
        LogRefus(journal, refus.StatusCode, refus.Code);
        return HttpErreurs.Json(refus.StatusCode, refus.Code, CleTexte.HttpNonAuthentifie);
    }

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Activity refused with {Statut}: {Code}")]
    private static partial void LogRefus(ILogger logger, int statut, string code);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Handling a {Type} activity failed on a dependency ({Suite}): {Erreur} {Message}")]
    private static partial void LogEchec(ILogger logger, string? type, string suite, string erreur, string message);
}
