using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using TeamsConventions.Application.Classement;

namespace TeamsConventions.Graph.Classement;

/// <summary>
/// The administrator's command behind <c>--creer-les-colonnes</c>: the library's columns the bot writes (by the internal
/// names its configuration gives), created where missing — text, or a date for the signing date. Run once, with the
/// bot's identity granted <c>manage</c> on the site for the time of it (creating columns is more than <c>write</c>).
/// </summary>
public sealed class ColonnesDeLaBibliotheque(GraphServiceClient graph, SharePointOptions options)
{
    /// <summary>The columns created now, by internal name; none when all were there.</summary>
    public async Task<IReadOnlyList<string>> CreerLesManquantesAsync(CancellationToken cancellationToken)
    {
        try
        {
            var drives = await graph.Sites[options.SiteId].Drives.GetAsync(r => r.QueryParameters.Select = ["id", "name"], cancellationToken);
            var drive = drives?.Value?.FirstOrDefault(d => string.Equals(d.Name, options.Bibliotheque, StringComparison.OrdinalIgnoreCase))?.Id
                ?? throw new ClassementImpossibleException(SharePointOptions.SectionName + ":Bibliotheque", $"The site has no document library « {options.Bibliotheque} »; fix {SharePointOptions.SectionName}:Bibliotheque.");
            var liste = (await graph.Drives[drive].List.GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken))?.Id
                ?? throw new ClassementImpossibleException(SharePointOptions.SectionName + ":Bibliotheque", $"« {options.Bibliotheque} » is not a document library's list.");
            var existantes = ((await graph.Sites[options.SiteId].Lists[liste].Columns.GetAsync(r => r.QueryParameters.Select = ["name"], cancellationToken))?.Value ?? [])
                .Select(c => c.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var creees = new List<string>();
            foreach (var (nom, affiche, date) in Attendues())
            {
                if (existantes.Contains(nom))
                {
                    continue;
                }

                await graph.Sites[options.SiteId].Lists[liste].Columns.PostAsync(
                    new ColumnDefinition { Name = nom, DisplayName = affiche, Text = date ? null : new TextColumn { MaxLength = 255 }, DateTime = date ? new DateTimeColumn { Format = "dateTime" } : null },
                    cancellationToken: cancellationToken);
                creees.Add(nom);
            }

            return creees;
        }
        catch (ODataError e) when (e.ResponseStatusCode is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden)
        {
            throw new ClassementImpossibleException("Sites.Selected",
                $"Microsoft Graph refused to create columns on the site {options.SiteId} ({e.ResponseStatusCode}): grant the bot's identity the « manage » role on that site for the time of this command, or create them by hand: {string.Join(", ", Attendues().Select(a => a.Nom))}.", e)
            { Permission = true };
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            throw new ClassementImpossibleException(SharePointOptions.SectionName + ":SiteId", $"Microsoft Graph knows no site {options.SiteId}: fix {SharePointOptions.SectionName}:SiteId.", e);
        }
    }

    /// <summary>Each column the bot writes: its internal name (from configuration), the name people see, whether it holds a date.</summary>
    private IEnumerable<(string Nom, string Affiche, bool Date)> Attendues()
    {
        var c = options.Colonnes;
        return
        [
            (c.Convention, "Convention", false), (c.Type, "Type de convention", false), (c.Parties, "Parties", false), (c.SigneeLe, "Signée le", true),
            (c.Statut, "Statut", false), (c.Decision, "Décision", false), (c.Empreinte, "SHA-256", false),
        ];
    }
}
