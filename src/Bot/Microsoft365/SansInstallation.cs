using Conventions.Membres;
using TeamsConventions.Application.Microsoft365;

namespace TeamsConventions.Bot.Microsoft365;

/// <summary>Installing the app for people is not set up (<c>Installation:IdDansLeCatalogue</c>): whoever never opened it is reported, not installed for.</summary>
internal sealed class SansInstallation : IInstallationsDeLApplication
{
    public bool Possible => false;

    public Task InstallerAsync(MembreId membre, CancellationToken cancellationToken) =>
        throw new ServiceExterneException("Installation:IdDansLeCatalogue", "Installing the app for people is not set up: set Installation:IdDansLeCatalogue.", permanente: true);
}
