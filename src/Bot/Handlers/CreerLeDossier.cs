using System.Text.Json;
using Conventions.Dossiers;
using Conventions.Erreurs;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"Commencer un dossier" on a call: a new draft whose author is the person Teams authenticated; its first step.</summary>
public sealed class CreerLeDossier(DossiersEnCours dossiers, AppelsAProjets appels, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.CreerDossier;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Dossier(donnees) is not { Appel: { } id } || tour.Membre is not { } auteur)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        var appel = appels.Trouver(id) ?? throw new RegleMetierException(CodesErreur.AppelInconnu, id);
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, auteur, timeProvider.GetUtcNow());
        await dossiers.Depot.EnregistrerAsync(dossier, null, cancellationToken);
        await dossiers.Depot.IndexerParAppelAsync(dossier, cancellationToken);
        var vue = dossiers.Vue(dossier);
        await dossiers.SuivreAsync(vue, cancellationToken);
        return InvokeResponse.Carte(EtapeDuDossierCard.Etape(tour.Textes, vue, 0));
    }
}
