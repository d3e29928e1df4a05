using System.Text.Json;
using Conventions.Calendrier;
using Conventions.Erreurs;
using Conventions.Membres;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Application.Comites;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// "Désigner la présidence" in a committee's channel: the card of its voting members, then the mandate from today
/// if the statutes accept it (R08: different sides, alternating, one year); otherwise the card with the reason.
/// </summary>
public sealed class DesignerLaPresidence(IComites comites, Application.Comites.DesignerLaPresidence designer, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.PresidenceComite;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var activite = tour.Activity;
        if (activite.ChannelData?.Team?.Id is not { } equipe || tour.Membre is not { } secretariat
            || await comites.DuLieuAsync(new LieuDuComite(equipe, activite.ChannelData.Channel?.Id ?? equipe), cancellationToken) is not { } comite)
        {
            return LectureDesDonnees.CarteInvalide(tour.Textes);
        }

        var jour = Bruxelles.Jour(timeProvider.GetUtcNow());
        var saisies = LectureDesDonnees.Saisies(donnees);
        if (!saisies.ContainsKey(ComiteCard.ChampPresident))
        {
            return InvokeResponse.Carte(ComiteCard.Presidence(tour.Textes, comite, jour));
        }

        if (!MembreId.EssayerDepuis(saisies.GetValueOrDefault(ComiteCard.ChampPresident), out var president)
            || !MembreId.EssayerDepuis(saisies.GetValueOrDefault(ComiteCard.ChampVicePresident), out var vice))
        {
            return InvokeResponse.Carte(ComiteCard.Presidence(tour.Textes, comite, jour, tour.Textes[CleTexte.ComitePresidenceIncomplete]));
        }

        try
        {
            if (await designer.ExecuterAsync(comite.Id, president, vice, secretariat, cancellationToken) is not { } designe)
            {
                return LectureDesDonnees.CarteInvalide(tour.Textes);
            }

            var mandat = designe.Mandats[^1];
            return InvokeResponse.Carte(ComiteCard.Message(tour.Textes.Format(CleTexte.ComitePresidenceDesignee,
                designe.Membre(president)?.Nom ?? tour.Textes[CleTexte.DossierEditeurSansNom], designe.Membre(vice)?.Nom ?? tour.Textes[CleTexte.DossierEditeurSansNom], mandat.Periode.Debut, mandat.Periode.Fin)));
        }
        catch (RegleMetierException erreur)
        {
            return InvokeResponse.Carte(ComiteCard.Presidence(tour.Textes, comite, jour, tour.Textes.Erreur(erreur)));
        }
    }
}
