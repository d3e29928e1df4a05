using Microsoft.Extensions.Options;
using TeamsConventions.Application.Classement;
using TeamsConventions.Graph.Classement;

namespace TeamsConventions.Bot.Classement;

/// <summary>
/// <c>dotnet TeamsConventions.Bot.dll --creer-les-colonnes</c>: an administrator creates, once, the library's columns the
/// bot writes, with the bot's own settings and identity; it says what it created, or what to fix, and exits.
/// </summary>
public static class CommandeDesColonnes
{
    public const string Argument = "--creer-les-colonnes";

    /// <summary>0: the columns are all there; 1: a setting or permission to fix (said on <paramref name="sortie"/>).</summary>
    public static async Task<int> ExecuterAsync(IServiceProvider services, TextWriter sortie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(sortie);
        if (services.GetRequiredService<IOptions<ClassementOptions>>().Value.Bibliotheque != ClassementOptions.SharePoint)
        {
            await sortie.WriteLineAsync("Classement:Bibliotheque is not SharePoint: there are no columns to create.");
            return 1;
        }

        try
        {
            var creees = await services.GetRequiredService<ColonnesDeLaBibliotheque>().CreerLesManquantesAsync(cancellationToken);
            await sortie.WriteLineAsync(creees.Count == 0 ? "Every column is there already." : $"Created: {string.Join(", ", creees)}.");
            return 0;
        }
        catch (ClassementImpossibleException e)
        {
            await sortie.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
