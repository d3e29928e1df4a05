using Conventions.Dossiers;
using Conventions.Membres;

namespace TeamsConventions.Application.Dossiers;

/// <summary>A code an editor hands to a colleague so that they join the dossier, valid until <paramref name="Expiration"/>.</summary>
public sealed record Invitation(string Code, DossierId Dossier, MembreId Inviteur, DateTimeOffset Expiration);

/// <summary>The invitations handed out.</summary>
public interface IInvitations
{
    Task<Invitation> CreerAsync(DossierId dossier, MembreId inviteur, CancellationToken cancellationToken);

    /// <summary>The invitation with that code as typed (spaces, dashes and case aside), or null if none is valid.</summary>
    Task<Invitation?> TrouverAsync(string saisie, CancellationToken cancellationToken);
}
