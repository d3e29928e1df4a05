using System.Text.Json;
using Conventions.Dossiers;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"Inviter un·e co-éditeur·rice": a code the editor hands to a colleague, who types "rejoindre CODE" to the bot.</summary>
public sealed class InviterUnCoEditeur(DossiersEnCours dossiers, Application.Dossiers.InviterUnCoEditeur inviter) : IActionDeCarte
{
    public string Verbe => Verbes.InviterDossier;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (DossierId.Lire(LectureDesDonnees.Dossier(donnees)?.Dossier) is not { } id || tour.Membre is not { } editeur)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        if (await dossiers.ChargerPourAsync(id, editeur, cancellationToken) is not { } charge
            || await inviter.ExecuterAsync(id, editeur, cancellationToken) is not { } invitation)
        {
            return LectureDesDonnees.DossierIntrouvable(tour.Textes);
        }

        var message = tour.Textes.Format(CleTexte.InvitationCode, InvitationsAuxDossiers.Afficher(invitation.Code), invitation.Expiration);
        return InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, charge.Vue, message, false, cancellationToken));
    }
}
