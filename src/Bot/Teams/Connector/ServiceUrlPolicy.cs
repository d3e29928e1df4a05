using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Bot.Teams.Connector;

/// <summary>
/// Where the bot may send a bearer token: https hosts on the allow-list; plain-http loopback only in Development
/// (the Agents Playground) or when loopback is explicitly listed (tests with a fake channel).
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options, IHostEnvironment environment)
{
    public bool EstAutorisee(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && EstAutorisee(uri);

    public bool EstAutorisee(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.IsLoopback)
        {
            return (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && (environment.IsDevelopment() || EstListe(uri.Host));
        }

        return uri.Scheme == Uri.UriSchemeHttps && EstListe(uri.Host);
    }

    public static bool EstBoucleLocale(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private bool EstListe(string host) => options.Value.AllowedServiceUrlHosts.Any(autorise =>
        host.Equals(autorise, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + autorise, StringComparison.OrdinalIgnoreCase));
}
