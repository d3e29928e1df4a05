using Conventions.Dossiers;
using Conventions.Membres;

namespace TeamsConventions.Application.Dossiers;

/// <summary>
/// The person the front door authenticated types an invitation's code and becomes an editor of its dossier (joining
/// twice changes nothing); whoever invited them is told. Returns null when no valid invitation has that code.
/// </summary>
public sealed class RejoindreUnDossier(IDossiers dossiers, IInvitations invitations, ISuitesDesDossiers suites)
{
    public async Task<DossierDeProposition?> ExecuterAsync(string code, MembreId membre, string nom, CancellationToken cancellationToken)
    {
        if (await invitations.TrouverAsync(code, cancellationToken) is not { } invitation)
        {
            return null;
        }

        var rejoint = await dossiers.ModifierAsync(invitation.Dossier, d =>
        {
            if (!d.Editeurs.Contains(membre))
            {
                d.InviterEditeur(membre, invitation.Inviteur);
            }
        }, cancellationToken);
        if (rejoint is not null)
        {
            await suites.RejointAsync(rejoint, membre, nom, invitation.Inviteur, cancellationToken);
        }

        return rejoint;
    }
}
