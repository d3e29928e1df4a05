using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"rejoindre ABCD-EFGH": the person Teams authenticated becomes an editor of the dossier the code was made for.</summary>
public sealed class RejoindreUnDossier(DossiersEnCours dossiers, InvitationsAuxDossiers invitations, AvisAuxEditeurs avis) : IIntention
{
    private static readonly string[] Prefixes = ["rejoindre ", "join "];

    public string Verbe => "rejoindre";

    public IReadOnlyCollection<string> Commandes { get; } = ["rejoindre", "join"];

    public bool Reconnait(string commande) =>
        Commandes.Contains(commande) || Prefixes.Any(p => commande?.StartsWith(p, StringComparison.Ordinal) == true);

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        var commande = Handlers.Commandes.Normaliser(tour.Activity.TexteSansMention());
        var code = Prefixes.FirstOrDefault(p => commande.StartsWith(p, StringComparison.Ordinal)) is { } prefixe ? commande[prefixe.Length..] : string.Empty;
        if (tour.Membre is not { } membre)
        {
            return MesElementsCard.SansIdentite(t);
        }

        if (code.Length == 0 || await invitations.TrouverAsync(code, cancellationToken) is not { } invitation)
        {
            return ComiteCard.Message(t[code.Length == 0 ? CleTexte.InvitationCodeManquant : CleTexte.InvitationCodeInconnu]);
        }

        var charge = await dossiers.Depot.ModifierAsync(invitation.Dossier, d =>
        {
            if (!d.Editeurs.Contains(membre))
            {
                d.InviterEditeur(membre, invitation.Inviteur);
            }
        }, cancellationToken);
        var vue = dossiers.Vue(charge.Dossier);
        await dossiers.SuivreAsync(vue, cancellationToken);
        var nom = tour.Activity.From?.Name ?? t[CleTexte.DossierEditeurSansNom];
        await avis.EnvoyerAsync($"invitation-rejointe|{vue.Dossier.Id}|{membre}", vue, [invitation.Inviteur], textes => textes.Format(CleTexte.InvitationRejointe, nom), cancellationToken);
        return await dossiers.RecapitulatifAsync(tour, vue, t[CleTexte.InvitationAcceptee], false, cancellationToken);
    }
}
