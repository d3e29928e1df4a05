using System.Text.Json;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"Commencer un dossier" on a call: a new draft whose author is the person Teams authenticated; its first step.</summary>
public sealed class CreerLeDossier(DossiersEnCours dossiers, OuvrirUnDossier ouvrir) : IActionDeCarte
{
    public string Verbe => Verbes.CreerDossier;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (LectureDesDonnees.Dossier(donnees) is not { Appel: { } appel } || tour.Membre is not { } auteur)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        var dossier = await ouvrir.ExecuterAsync(appel, auteur, cancellationToken);
        return InvokeResponse.Carte(EtapeDuDossierCard.Etape(tour.Textes, dossiers.Vue(dossier), 0));
    }
}
