using System.Text.Json;
using Conventions.Erreurs;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>Sends each activity to the one handler of its intention. Unknown activity types are ignored.</summary>
public sealed class ActivityRouter(IEnumerable<IIntention> intentions, IEnumerable<IActionDeCarte> actions, Accueillir accueil, ConversationReferences references, ConnectorClient connector) : IRoutageDesActivites
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    private readonly IReadOnlyList<IIntention> _intentions = [.. intentions];

    public IEnumerable<IIntention> Intentions => _intentions;

    /// <summary>Message and event activities: the answer goes out through the connector.</summary>
    public async Task TraiterAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var activity = tour.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                var texte = activity.TexteSansMention();
                var commande = Commandes.Normaliser(texte);
                var intention = _intentions.FirstOrDefault(i => i.Reconnait(commande));
                Activity reponse;
                try
                {
                    reponse = Activity.CarteAdaptative(intention is null ? IncomprisCard.Composer(tour.Textes, texte) : await intention.RepondreAsync(tour, cancellationToken));
                }
                catch (RegleMetierException erreur)
                {
                    reponse = Activity.Texte(tour.Textes.Erreur(erreur));
                }

                if (activity is { ServiceUrl: { } serviceUrl, Conversation.Id: { } conversation, Id: { } id })
                {
                    await connector.RepondreAsync(serviceUrl, conversation, id, reponse, cancellationToken);
                }

                break;
            case ActivityTypes.ConversationUpdate when activity.BotAjoute():
                await accueil.AccueillirAsync(tour, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true:
                await references.OublierAsync(activity, cancellationToken);
                break;
        }
    }

    /// <summary>Invokes: the answer is the body of the HTTP response, within Teams' few seconds.</summary>
    public async Task<InvokeResponse> RepondreInvokeAsync(Tour tour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        if (tour.Activity.Name != AdaptiveCardAction)
        {
            return InvokeResponse.Erreur(StatusCodes.Status400BadRequest, "invoke.non-pris-en-charge", tour.Textes[CleTexte.ErreurInvokeNonPrisEnCharge]);
        }

        var (verbe, donnees) = Action(tour.Activity.Value);
        var intention = _intentions.FirstOrDefault(i => i.Verbe == verbe);
        var action = actions.FirstOrDefault(a => a.Verbe == verbe);
        if (intention is null && action is null)
        {
            return InvokeResponse.Erreur(StatusCodes.Status400BadRequest, "action.inconnue", tour.Textes[CleTexte.ErreurActionInconnue]);
        }

        try
        {
            return (action, intention) switch
            {
                ({ } a, _) => await a.ExecuterAsync(tour, donnees, cancellationToken),
                (_, { } i) => InvokeResponse.Carte(await i.RepondreAsync(tour, cancellationToken)),
                _ => InvokeResponse.Erreur(StatusCodes.Status400BadRequest, "action.inconnue", tour.Textes[CleTexte.ErreurActionInconnue]),
            };
        }
        catch (RegleMetierException erreur)
        {
            return InvokeResponse.Erreur(StatusCodes.Status400BadRequest, erreur.Code, tour.Textes.Erreur(erreur));
        }
    }

    private static (string? Verbe, JsonElement? Donnees) Action(JsonElement? valeur) =>
        valeur is { ValueKind: JsonValueKind.Object } v
        && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("type", out var type) && type.ValueEquals("Action.Execute")
        && action.TryGetProperty("verb", out var verbe) && verbe.ValueKind == JsonValueKind.String
            ? (verbe.GetString(), action.TryGetProperty("data", out var donnees) ? donnees : null)
            : (null, null);
}
