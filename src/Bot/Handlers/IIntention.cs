using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Teams;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// One thing a user wants, answered with a card. Reachable by a text command (in chat) and by a card button
/// (<c>Action.Execute</c> with <see cref="Verbe"/>): both paths give the same card.
/// </summary>
public interface IIntention
{
    string Verbe { get; }

    /// <summary>Text commands in French and English, as <see cref="Commandes.Normaliser"/> returns them.</summary>
    IReadOnlyCollection<string> Commandes { get; }

    /// <summary>Whether a normalised message is this intention; commands with an argument override it.</summary>
    bool Reconnait(string commande) => Commandes.Contains(commande);

    Task<AdaptiveCard> RepondreAsync(Tour tour, CancellationToken cancellationToken);
}
