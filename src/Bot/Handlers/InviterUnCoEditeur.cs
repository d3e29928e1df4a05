using System.Text.Json;
using Conventions.Membres;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// "Inviter": the person chosen in the people picker becomes an editor. They find the dossier in "mes dossiers" and,
/// when the bot can reach them, get a message with a button that opens it.
/// </summary>
public sealed class InviterUnCoEditeur(DossiersEnCours dossiers, AvisAuxEditeurs avis) : IActionDeCarte
{
    public string Verbe => Verbes.InviterDossier;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (DossiersEnCours.Identifiant(LectureDesDonnees.Dossier(donnees)?.Dossier) is not { } id || tour.Membre is not { } editeur)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        if (await dossiers.ChargerPourAsync(id, editeur, cancellationToken) is not { } charge)
        {
            return LectureDesDonnees.DossierIntrouvable(tour.Textes);
        }

        var t = tour.Textes;
        var choisi = LectureDesDonnees.Saisies(donnees).GetValueOrDefault(RecapitulatifDuDossierCard.ChampInvite);
        if (!MembreId.EssayerDepuis(choisi, out var invite))
        {
            return await dossiers.RecapitulatifAsync(tour, charge.Vue, t[CleTexte.InvitationSansPersonne], true, cancellationToken);
        }

        if (charge.Vue.Dossier.Editeurs.Contains(invite))
        {
            return await dossiers.RecapitulatifAsync(tour, charge.Vue, t[CleTexte.InvitationDejaEditeur], false, cancellationToken);
        }

        var enregistre = await dossiers.Depot.ModifierAsync(id, d => d.InviterEditeur(invite, editeur), cancellationToken);
        var vue = dossiers.Vue(enregistre.Dossier);
        await dossiers.SuivreAsync(vue, cancellationToken);
        var nom = tour.Activity.From?.Name ?? t[CleTexte.DossierEditeurSansNom];
        var injoignables = await avis.EnvoyerAsync(vue, [invite], textes => textes.Format(CleTexte.InvitationMessage, nom), cancellationToken);
        return await dossiers.RecapitulatifAsync(tour, vue, t[injoignables.Contains(invite) ? CleTexte.InvitationSansMessage : CleTexte.InvitationEnvoyee], false, cancellationToken);
    }
}
