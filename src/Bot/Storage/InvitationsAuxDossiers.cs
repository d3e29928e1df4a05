using System.Security.Cryptography;
using Azure.Data.Tables;
using Conventions.Dossiers;
using Conventions.Membres;
using TeamsConventions.Application.Dossiers;

namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Codes a dossier's editor hands to a colleague, who types "rejoindre CODE" to the bot: no directory look-up is
/// needed, and Teams tells us who typed it. Eight characters without look-alikes (about 40 bits), for seven days.
/// </summary>
public sealed class InvitationsAuxDossiers(TableServiceClient service, TableNames tables, TimeProvider timeProvider)
    : TableRepository<InvitationEntity>(service, tables.Dossiers), IInvitations
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static readonly TimeSpan Validite = TimeSpan.FromDays(7);
    private const string Partition = "invitations";

    public async Task<Invitation> CreerAsync(DossierId dossier, MembreId inviteur, CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = new string(RandomNumberGenerator.GetItems<char>(Alphabet, 8));
            var invitation = new Invitation(code, dossier, inviteur, timeProvider.GetUtcNow().Add(Validite));
            var entite = new InvitationEntity { PartitionKey = Partition, RowKey = code, Dossier = dossier.ToString(), Inviteur = inviteur.ToString(), Expiration = invitation.Expiration };
            if (await AjouterAsync(entite, cancellationToken))
            {
                return invitation;
            }
        }
    }

    /// <summary>The invitation behind a code as typed ("abcd-efgh", "ABCD EFGH"); null when unknown or expired.</summary>
    public async Task<Invitation?> TrouverAsync(string saisie, CancellationToken cancellationToken)
    {
        var code = new string([.. (saisie ?? string.Empty).ToUpperInvariant().Where(c => Alphabet.Contains(c, StringComparison.Ordinal))]);
        if (code.Length != 8 || await LireAsync(Partition, code, cancellationToken) is not { Dossier: { } dossier, Inviteur: { } inviteur, Expiration: { } expiration }
            || expiration < timeProvider.GetUtcNow() || DossierId.Lire(dossier) is not { } id)
        {
            return null;
        }

        return new Invitation(code, id, MembreId.Depuis(inviteur), expiration);
    }

    public static string Afficher(string code) => $"{code[..4]}-{code[4..]}";
}
