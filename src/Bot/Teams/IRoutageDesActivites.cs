using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Teams;

/// <summary>Where the wire protocol hands an authenticated activity over: the adapter that maps it to a use case.</summary>
public interface IRoutageDesActivites
{
    /// <summary>Message and event activities: the answer goes out through the connector.</summary>
    Task TraiterAsync(Tour tour, CancellationToken cancellationToken);

    /// <summary>Invoke activities: the answer is the HTTP response.</summary>
    Task<InvokeResponse> RepondreInvokeAsync(Tour tour, CancellationToken cancellationToken);
}
