using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>
/// Retries what the connector asks us to retry (429, 412, 502, 504), honouring Retry-After, inside budgets that
/// nest: each attempt within <see cref="DureeDUneTentative"/>, all of them within <see cref="DureeTotale"/>, which
/// fits inside Teams' 5 s for an invoke. A Retry-After longer than <see cref="AttenteMaximale"/> is not waited for:
/// the caller gets the 429 at once (a 503 for Teams to re-deliver, or the outbox tries again at that time).
/// A POST that may have been delivered (502/504) is never resent: the user would get the message twice.
/// </summary>
public static class ResilienceDuConnecteur
{
    public const string Nom = "connecteur";
    public const int NouvellesTentatives = 2;
    public static readonly TimeSpan DureeDUneTentative = TimeSpan.FromSeconds(2.5);
    public static readonly TimeSpan DureeTotale = TimeSpan.FromSeconds(4.5);
    public static readonly TimeSpan AttenteMaximale = TimeSpan.FromSeconds(1.5);

    public static IHttpClientBuilder AvecResilienceDuConnecteur(this IHttpClientBuilder client)
    {
        client.AddResilienceHandler(Nom, (pipeline, contexte) =>
        {
            var horloge = contexte.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.AddTimeout(DureeTotale);
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = NouvellesTentatives,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(AReessayer(args.Outcome, args.Context, horloge)),
            });
            pipeline.AddTimeout(DureeDUneTentative);
        });
        return client;
    }

    private static bool AReessayer(Outcome<HttpResponseMessage> issue, ResilienceContext contexte, TimeProvider horloge)
    {
        var sansEffetDouble = contexte.GetRequestMessage()?.Method != HttpMethod.Post;
        return issue.Result is { } reponse
            ? reponse.StatusCode switch
            {
                HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed => Attente(reponse, horloge) <= AttenteMaximale,
                HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => sansEffetDouble,
                _ => false,
            }
            : sansEffetDouble && issue.Exception is Polly.Timeout.TimeoutRejectedException or HttpRequestException;
    }

    private static TimeSpan Attente(HttpResponseMessage reponse, TimeProvider horloge) => reponse.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - horloge.GetUtcNow(),
        _ => TimeSpan.Zero,
    };
}
