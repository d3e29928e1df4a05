using System.Net;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>
/// Retries what the connector asks us to retry (429, 412, 502, 504) with exponential back-off and jitter,
/// honouring Retry-After. A POST that may have been delivered (502/504) is never resent: the user would get the
/// message twice; 429 and 412 mean the request was refused before any effect, so they are safe for every method.
/// </summary>
public sealed class ConnectorRetryHandler(TimeProvider timeProvider) : DelegatingHandler
{
    public const int MaxTentatives = 4;
    private static readonly TimeSpan DelaiDeBase = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan DelaiMaximum = TimeSpan.FromSeconds(20);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var tentative = 1; ; tentative++)
        {
            var reponse = await base.SendAsync(request, cancellationToken);
            if (tentative >= MaxTentatives || !DoitReessayer(request.Method, reponse.StatusCode))
            {
                return reponse;
            }

            var delai = Delai(reponse, tentative);
            if (delai > DelaiMaximum)
            {
                return reponse;
            }

            reponse.Dispose();
            await Task.Delay(delai, timeProvider, cancellationToken);
        }
    }

    private static bool DoitReessayer(HttpMethod methode, HttpStatusCode statut) => statut switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed => true,
        HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => methode != HttpMethod.Post,
        _ => false,
    };

    private TimeSpan Delai(HttpResponseMessage reponse, int tentative)
    {
        var retryAfter = reponse.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var attente = date - timeProvider.GetUtcNow();
            return attente > TimeSpan.Zero ? attente : TimeSpan.Zero;
        }

        var exponentiel = DelaiDeBase * Math.Pow(2, tentative - 1);
        return exponentiel + TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)DelaiDeBase.TotalMilliseconds));
    }
}
