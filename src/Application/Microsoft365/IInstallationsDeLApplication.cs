using Conventions.Membres;

namespace TeamsConventions.Application.Microsoft365;

/// <summary>
/// Installs the bot's Teams app for a person of the tenant who never opened it, so that the bot can write to them
/// 1:1 (Teams then tells the bot, which learns how to reach them).
/// </summary>
public interface IInstallationsDeLApplication
{
    /// <summary>False when installing for people is not set up here (the person stays unreachable in Teams).</summary>
    bool Possible { get; }

    /// <summary>Installs it for <paramref name="membre"/>; already installed is fine.</summary>
    /// <exception cref="ServiceExterneException">The tenant refuses (permission, policy, unknown person) or cannot be reached.</exception>
    Task InstallerAsync(MembreId membre, CancellationToken cancellationToken);
}
