using Conventions.Membres;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using TeamsConventions.Application.Microsoft365;

namespace TeamsConventions.Graph.Installation;

/// <summary>
/// Installs the bot's app for a person through Graph (<c>POST /users/{id}/teamwork/installedApps</c>, application
/// permission <c>TeamsAppInstallation.ReadWriteSelfForUser.All</c>): already installed (409) is fine.
/// </summary>
/// <param name="idDansLeCatalogue">The app's id in the organisation's Teams catalogue (not the manifest's id).</param>
public sealed class InstallationsGraph(GraphServiceClient graph, Uri adresseGraph, string idDansLeCatalogue) : IInstallationsDeLApplication
{
    public const string ReglageCatalogue = "Installation:IdDansLeCatalogue";

    public bool Possible => true;

    public async Task InstallerAsync(MembreId membre, CancellationToken cancellationToken)
    {
        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = $"{adresseGraph.AbsoluteUri.TrimEnd('/')}/appCatalogs/teamsApps/{idDansLeCatalogue}" },
        };
        try
        {
            await ErreursGraph.AppelerAsync(
                () => graph.Users[membre.ToString()].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken),
                statut => statut switch
                {
                    401 or 403 => ("TeamsAppInstallation.ReadWriteSelfForUser.All", "The bot may not install its app for people: grant the application permission TeamsAppInstallation.ReadWriteSelfForUser.All (or allow the app in the Teams admin centre's policies)."),
                    404 => (ReglageCatalogue, $"Graph knows no such person, or the app {idDansLeCatalogue} is not in the organisation's catalogue: publish it there and set {ReglageCatalogue} to its catalogue id."),
                    _ => null,
                });
        }
        catch (ServiceExterneException e) when (e.InnerException is ODataError { ResponseStatusCode: 409 })
        {
            // Already installed for them: Teams knows how to reach them.
        }
    }
}
