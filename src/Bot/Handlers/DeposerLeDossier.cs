using System.Text.Json;
using Conventions.Dossiers;
using Conventions.Erreurs;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;
using Depot = TeamsConventions.Application.Dossiers.DeposerLeDossier;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// "Déposer le dossier" on the summary card, mapped to the submission use case; the answer is the summary again,
/// with the confirmation, or with what stops the submission (incomplete, the call closed, already submitted).
/// </summary>
public sealed class DeposerLeDossier(Depot deposer, DossiersEnCours dossiers, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.DeposerDossier;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (DossierId.Lire(LectureDesDonnees.Dossier(donnees)?.Dossier) is not { } id || tour.Membre is not { } editeur)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        var t = tour.Textes;
        var nom = tour.Activity.From?.Name ?? t[CleTexte.DossierEditeurSansNom];
        try
        {
            if (await deposer.ExecuterAsync(id, editeur, nom, cancellationToken) is not { } depot)
            {
                return LectureDesDonnees.DossierIntrouvable(t);
            }

            var confirmation = t.Format(CleTexte.DossierDepose, timeProvider.GetUtcNow(), depot.Dossier.Version)
                + " " + t[depot.AnalystesPrevenus ? CleTexte.DossierAnalystesLeRecevront : CleTexte.DossierAnalystesInjoignables];
            return InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, dossiers.Vue(depot.Dossier), confirmation, !depot.AnalystesPrevenus, cancellationToken));
        }
        catch (RegleMetierException erreur) when (erreur.Code is CodesErreur.ChampsObligatoiresManquants or CodesErreur.AppelClos or CodesErreur.DossierNonModifiable)
        {
            if (await dossiers.ChargerPourAsync(id, editeur, cancellationToken) is not { } charge)
            {
                return LectureDesDonnees.DossierIntrouvable(t);
            }

            var message = erreur.Code == CodesErreur.ChampsObligatoiresManquants ? t[CleTexte.DossierIncomplet] : t.Erreur(erreur);
            return InvokeResponse.Carte(await dossiers.RecapitulatifAsync(tour, charge.Vue, message, true, cancellationToken));
        }
    }
}
