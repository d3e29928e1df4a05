using Conventions.Membres;
using Conventions.Suivi;

namespace TeamsConventions.Application.Suivi;

/// <summary>"Mes dossiers et conventions": what waits for the member and what is under way, most urgent first.</summary>
public sealed class ConsulterMesElements(IElementsSuivis elements)
{
    public async Task<TableauDeBordPersonnel> ExecuterAsync(MembreId membre, CancellationToken cancellationToken) =>
        TableauDeBordPersonnel.Composer(await elements.ListerAsync(membre, cancellationToken));
}
