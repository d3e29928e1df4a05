using System.Globalization;
using Conventions.Calendrier;
using TeamsConventions.Application.Actions;
using TeamsConventions.Application.Comites;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// "plan d'actions [année]" in a committee's channel: the Comité de suivi's plan for the year (started by the first
/// voting member who asks); in the Comité d'accompagnement's channel, the plans awaiting its validation.
/// </summary>
public sealed class PlanDActionsDuComite(IComites comites, OuvrirLePlan ouvrir, ConsulterLePlan consulter, TimeProvider timeProvider) : IIntention
{
    private static readonly string[] Prefixes = ["plan d'actions ", "plan d actions ", "action plan "];

    public string Verbe => "plan";

    public IReadOnlyCollection<string> Commandes { get; } = ["plan d'actions", "plan d actions", "action plan"];

    public bool Reconnait(string commande) =>
        Commandes.Contains(commande) || Prefixes.Any(p => commande?.StartsWith(p, StringComparison.Ordinal) == true && Annee(commande[p.Length..]) is not null);

    public async Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        if (tour.Activity.ChannelData?.Team?.Id is not { } equipe)
        {
            return ComiteCard.Message(t[CleTexte.PlanHorsCanal]);
        }

        if (tour.Membre is not { } membre)
        {
            return MesElementsCard.SansIdentite(t);
        }

        var lieu = new LieuDuComite(equipe, tour.Activity.ChannelData.Channel?.Id ?? equipe);
        if (await comites.DuLieuAsync(lieu, cancellationToken) is null)
        {
            return ComiteCard.Message(t[CleTexte.PlanComiteNonConfigure]);
        }

        if (await consulter.AValiderAsync(lieu, cancellationToken) is { } aValider)
        {
            return PlanDActionsCard.AValider(t, [.. aValider.Select(o => (o.Plan, o.Comite.Nom))]);
        }

        var commande = Handlers.Commandes.Normaliser(tour.Activity.TexteSansMention());
        var annee = Prefixes.FirstOrDefault(p => commande.StartsWith(p, StringComparison.Ordinal)) is { } prefixe ? Annee(commande[prefixe.Length..]) : null;
        annee ??= Bruxelles.Jour(timeProvider.GetUtcNow()).Year;
        return await ouvrir.ExecuterAsync(lieu, annee.Value, membre, cancellationToken) is { } ouvert
            ? PlanDActionsCard.Plan(t, ouvert)
            : ComiteCard.Message(t.Format(CleTexte.PlanAucun, annee.Value));
    }

    private static int? Annee(string texte) =>
        int.TryParse(texte, NumberStyles.None, CultureInfo.InvariantCulture, out var annee) && annee is >= 2000 and <= 2100 ? annee : null;
}
