using Conventions.Dossiers;
using Conventions.Membres;

namespace TeamsConventions.Application.Dossiers;

/// <summary>
/// An editor asks for an invitation code to hand to a colleague. Returns null for a dossier that does not exist;
/// someone who is not its editor gets a <see cref="Conventions.Erreurs.RegleMetierException"/>.
/// </summary>
public sealed class InviterUnCoEditeur(IDossiers dossiers, IInvitations invitations)
{
    public async Task<Invitation?> ExecuterAsync(DossierId id, MembreId editeur, CancellationToken cancellationToken)
    {
        if (await dossiers.ChargerAsync(id, cancellationToken) is not { } dossier)
        {
            return null;
        }

        dossier.VerifierQuePeutInviter(editeur);
        return await invitations.CreerAsync(id, editeur, cancellationToken);
    }
}
