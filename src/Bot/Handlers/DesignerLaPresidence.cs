using System.Text.Json;
using Conventions.Calendrier;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// "Désigner la présidence" in a committee's channel: the card of its voting members, then the mandate from today
/// if the statutes accept it (R08: different sides, alternating, one year); otherwise the card with the reason.
/// </summary>
public sealed class DesignerLaPresidence(ComitesStockes comites, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.PresidenceComite;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var activite = tour.Activity;
        if (activite.ChannelData?.Team?.Id is not { } equipe || tour.Membre is not { } secretariat
            || await comites.ComiteDuCanalAsync(equipe, activite.ChannelData.Channel?.Id ?? equipe, cancellationToken) is not { } charge)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        var maintenant = timeProvider.GetUtcNow();
        var jour = Bruxelles.Jour(maintenant);
        var saisies = LectureDesDonnees.Saisies(donnees);
        if (!saisies.ContainsKey(ComiteCard.ChampPresident))
        {
            return InvokeResponse.Carte(ComiteCard.Presidence(tour.Textes, charge.Comite, jour));
        }

        if (!MembreId.EssayerDepuis(saisies.GetValueOrDefault(ComiteCard.ChampPresident), out var president)
            || !MembreId.EssayerDepuis(saisies.GetValueOrDefault(ComiteCard.ChampVicePresident), out var vice))
        {
            return InvokeResponse.Carte(ComiteCard.Presidence(tour.Textes, charge.Comite, jour, tour.Textes[CleTexte.ComitePresidenceIncomplete]));
        }

        try
        {
            var designe = await comites.ModifierAsync(charge.Comite.Id, c => c.DesignerPresidence(president, vice, jour, secretariat, maintenant), cancellationToken);
            var mandat = designe.Comite.Mandats[^1];
            return InvokeResponse.Carte(ComiteCard.Message(tour.Textes.Format(CleTexte.ComitePresidenceDesignee,
                designe.Comite.Membre(president)?.Nom ?? president.ToString(), designe.Comite.Membre(vice)?.Nom ?? vice.ToString(), mandat.Periode.Debut, mandat.Periode.Fin)));
        }
        catch (RegleMetierException erreur)
        {
            return InvokeResponse.Carte(ComiteCard.Presidence(tour.Textes, charge.Comite, jour, tour.Textes.Erreur(erreur)));
        }
    }
}
