using System.Net;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>The connector refused a call; <see cref="Bloque"/> means the user blocked or uninstalled the bot.</summary>
public sealed class ConnectorException(HttpStatusCode statut, string? corps)
    : Exception($"Bot Connector answered {(int)statut}: {Tronquer(corps)}")
{
    public HttpStatusCode Statut { get; } = statut;

    public bool Bloque => Statut == HttpStatusCode.Forbidden
        && corps?.Contains("MessageWritesBlocked", StringComparison.OrdinalIgnoreCase) == true;

    private static string Tronquer(string? corps) => corps is null ? string.Empty : corps.Length <= 300 ? corps : corps[..300];
}

/// <summary>A serviceUrl outside the allow-list: the bot never sends a token there.</summary>
public sealed class ServiceUrlRefuseeException(string serviceUrl)
    : Exception($"serviceUrl '{serviceUrl}' is not on the allow-list (Bot:AllowedServiceUrlHosts).");
