using System.Text.Json;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>A button that acts on something named in its data (a vote, a dossier); answered in the invoke response.</summary>
public interface IActionDeCarte
{
    string Verbe { get; }

    Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken);
}
