using System.Net;
using Azure;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>What a failed call to Teams, Entra or storage means for whoever waits on it.</summary>
public enum IssueDUneDependance
{
    /// <summary>Worth trying again later (429, 5xx, a time-out, storage or Entra unreachable): 503, or the outbox retries.</summary>
    Transitoire,

    /// <summary>Trying again cannot help (the conversation is gone, the bot was removed): acknowledged, logged, people told.</summary>
    Permanente,
}

/// <summary>The one place that sorts dependency failures; anything else is a bug and stays one.</summary>
public static class IssuesDesDependances
{
    public static IssueDUneDependance? Classer(Exception erreur, CancellationToken annulationDeLAppelant) => erreur switch
    {
        ConnectorException c => EstTransitoire(c.Statut) ? IssueDUneDependance.Transitoire : IssueDUneDependance.Permanente,
        ServiceUrlRefuseeException => IssueDUneDependance.Permanente,
        Application.Microsoft365.ServiceExterneException s => s.Permanente ? IssueDUneDependance.Permanente : IssueDUneDependance.Transitoire,
        JetonIndisponibleException or Authentication.MetadonneesIndisponiblesException or RequestFailedException or HttpRequestException or TimeoutRejectedException or BrokenCircuitException => IssueDUneDependance.Transitoire,
        OperationCanceledException when !annulationDeLAppelant.IsCancellationRequested => IssueDUneDependance.Transitoire,
        _ => null,
    };

    public static bool EstTransitoire(HttpStatusCode statut) =>
        statut is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)statut >= 500;
}
