using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>"rejoindre ABCD-EFGH": the person Teams authenticated becomes an editor of the dossier the code was made for.</summary>
public sealed class RejoindreUnDossier(DossiersEnCours dossiers, Application.Dossiers.RejoindreUnDossier rejoindre) : IIntention
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

        var nom = tour.Activity.From?.Name ?? t[CleTexte.DossierEditeurSansNom];
        if (code.Length == 0 || await rejoindre.ExecuterAsync(code, membre, nom, cancellationToken) is not { } dossier)
        {
            return ComiteCard.Message(t[code.Length == 0 ? CleTexte.InvitationCodeManquant : CleTexte.InvitationCodeInconnu]);
        }

        return await dossiers.RecapitulatifAsync(tour, dossiers.Vue(dossier), t[CleTexte.InvitationAcceptee], false, cancellationToken);
    }
}
