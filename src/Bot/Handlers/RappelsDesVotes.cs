using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The vote's reminders in Teams, through the outbox: each member who has not voted gets a 1:1 message with a ballot
/// (it also serves those whose channel card cannot refresh). A member who cannot be reached is named in the vote's
/// thread for the secretariat, never skipped in silence.
/// </summary>
public sealed class RappelsDesVotes(ScrutinsStockes scrutins, ConversationReferences references, BoiteDEnvoi boite) : IRappelsDesVotes
{
    public async Task RappelerAsync(Scrutin scrutin, IReadOnlyList<MembreId> nonVotants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scrutin);
        ArgumentNullException.ThrowIfNull(nonVotants);
        var id = scrutin.Id;
        var fil = await scrutins.CarteAsync(id, cancellationToken) is { } carte ? new Destinataire.Fil(carte.ServiceUrl, carte.ConversationId, carte.ActivityId) : null;
        var echeance = TimeZoneInfo.ConvertTime(scrutin.Echeance, Conventions.Calendrier.Bruxelles.Fuseau);
        var joignables = await Task.WhenAll(nonVotants.Select(async m => await references.PourMembreAsync(m, cancellationToken) is not null));
        await Task.WhenAll(nonVotants.Where((_, i) => joignables[i]).Select(membre => boite.DeposerAsync(
            $"rappel-vote|{id}",
            [new Destinataire.Personne(membre.ToString(), scrutin.NomDe(membre))],
            textes => Rappel(textes, scrutin, membre, echeance),
            t => t.Format(CleTexte.VoteObjetDuRappel, scrutin.Objet.Intitule),
            fil is null ? [] : [fil],
            cancellationToken)));

        // Those who never talked to the bot cannot get it: named together, once, for the secretariat.
        var injoignables = nonVotants.Where((_, i) => !joignables[i]).Select(m => scrutin.NomDe(m) ?? m.ToString()).ToList();
        if (injoignables.Count > 0 && fil is not null)
        {
            await boite.DeposerAsync(
                $"rappel-injoignables|{id}", [fil], t => Activity.Texte(t.Format(CleTexte.VoteInjoignables, string.Join(", ", injoignables))), t => t.Format(CleTexte.VoteObjetDuRappel, scrutin.Objet.Intitule), [], cancellationToken);
        }
    }

    /// <summary>The member's own ballot card, with the deadline in words for clients that show only the text.</summary>
    private static Activity Rappel(Textes textes, Scrutin scrutin, MembreId membre, DateTimeOffset echeance)
    {
        var rappel = Activity.CarteAdaptative(VoteCard.Personnelle(textes, scrutin, membre));
        rappel.Text = textes.Format(CleTexte.VoteRappel, scrutin.Objet.Intitule, echeance);
        return rappel;
    }
}
