using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>Posts an opened vote in its committee's channel, and remembers the card for its updates.</summary>
public sealed class PublicationDesVotes(ScrutinsStockes scrutins, ConversationReferences references, ConnectorClient connector, IOptions<BotOptions> options)
{
    public async Task<CarteDuVote> PublierAsync(Scrutin scrutin, ReferenceCanal canal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scrutin);
        ArgumentNullException.ThrowIfNull(canal);
        // Read together, not one after another: up to sixty of them must fit in the analysts' invoke.
        var lues = await Task.WhenAll(scrutin.Electeurs.Take(Cards.Model.CardRefresh.MaxUserIds).Select(e => references.PourMembreAsync(e, cancellationToken)));
        var destinataires = lues.OfType<ReferenceMembre>().Select(r => r.UserId).ToList();

        var carte = VoteCard.Base(Textes.Choisir(options.Value.Langue, null), scrutin, destinataires);
        var envoi = await connector.EnvoyerAsync(canal.ServiceUrl, canal.ChannelId, Activity.CarteAdaptative(carte), cancellationToken);
        var publiee = new CarteDuVote(canal.ServiceUrl, canal.ChannelId, envoi.Id ?? throw new ConnectorException(System.Net.HttpStatusCode.BadGateway, "no message id"), destinataires);
        await scrutins.RetenirCarteAsync(scrutin.Id, publiee, cancellationToken);
        return publiee;
    }
}
