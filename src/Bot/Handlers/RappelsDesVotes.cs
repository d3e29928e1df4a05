using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Once per vote, before its deadline: every voting member who has not voted gets a 1:1 message with a ballot
/// (it also serves those whose channel card cannot refresh). Members who cannot be reached are named in the
/// vote's thread for the secretariat, never skipped in silence.
/// </summary>
public sealed class RappelsDesVotes(ScrutinsStockes scrutins, ConversationReferences references, ProactiveMessenger messagerie, ConnectorClient connector, IOptions<BotOptions> options)
{
    public async Task RappelerAsync(ScrutinId id, CancellationToken cancellationToken)
    {
        if (await scrutins.ChargerAsync(id, cancellationToken) is not { Scrutin: { EstClos: false } scrutin } || !await scrutins.PremierRappelAsync(id, cancellationToken))
        {
            return;
        }

        try
        {
            await RappelerChacunAsync(scrutin, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or Azure.RequestFailedException)
        {
            await scrutins.OublierRappelAsync(id, CancellationToken.None);
            throw;
        }
    }

    private async Task RappelerChacunAsync(Scrutin scrutin, CancellationToken cancellationToken)
    {
        var injoignables = new List<string>();
        foreach (var membre in scrutin.Electeurs.Where(m => !scrutin.AVote(m)))
        {
            var reference = await references.PourMembreAsync(membre, cancellationToken);
            var textes = Textes.Choisir(options.Value.Langue, reference?.Locale);
            var rappel = Activity.CarteAdaptative(VoteCard.Personnelle(textes, scrutin, membre));
            rappel.Text = textes.Format(CleTexte.VoteRappel, scrutin.Objet.Intitule, TimeZoneInfo.ConvertTime(scrutin.Echeance, Conventions.Calendrier.Bruxelles.Fuseau).ToString("g", textes.Culture));
            if (await messagerie.EnvoyerAsync(membre, rappel, cancellationToken) != ResultatEnvoi.Envoye)
            {
                injoignables.Add(scrutin.NomDe(membre) ?? membre.ToString());
            }
        }

        if (injoignables.Count > 0 && await scrutins.CarteAsync(scrutin.Id, cancellationToken) is { } carte)
        {
            var textes = Textes.Choisir(options.Value.Langue, null);
            await connector.RepondreAsync(carte.ServiceUrl, carte.ConversationId, carte.ActivityId, Activity.Texte(textes.Format(CleTexte.VoteInjoignables, string.Join(", ", injoignables))), cancellationToken);
        }
    }
}
