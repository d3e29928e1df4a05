using Conventions.Membres;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Teams.Stockage;

namespace TeamsConventions.Bot.Teams;

/// <summary>What became of a proactive message; never a silent failure.</summary>
public enum ResultatEnvoi
{
    Envoye,

    /// <summary>The member never talked to the bot: there is no reference to reach them.</summary>
    MembreInjoignable,

    /// <summary>The member blocked or uninstalled the bot (403 MessageWritesBlocked).</summary>
    Bloque,
}

/// <summary>Sends a 1:1 message to a member, opening the personal conversation the first time.</summary>
public sealed class ProactiveMessenger(ConversationReferences references, ConnectorClient connector)
{
    public Task<ResultatEnvoi> EnvoyerAsync(MembreId membre, Activity activity, CancellationToken cancellationToken) =>
        EnvoyerAsync(membre, _ => activity, cancellationToken);

    /// <summary>The message is chosen once the member's reference is read (their language, say).</summary>
    public async Task<ResultatEnvoi> EnvoyerAsync(MembreId membre, Func<ReferenceMembre, Activity> message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reference = await references.PourMembreAsync(membre, cancellationToken);
        if (reference is null)
        {
            return ResultatEnvoi.MembreInjoignable;
        }

        try
        {
            var conversationId = reference.PersonalConversationId;
            if (conversationId is null)
            {
                var creee = await connector.CreerConversationAsync(
                    reference.ServiceUrl,
                    ConversationParameters.UnAUn(reference.UserId, reference.TenantId, reference.BotId),
                    cancellationToken);
                conversationId = creee.Id ?? throw new ConnectorException(System.Net.HttpStatusCode.BadGateway, "createConversation returned no id");
                await references.RetenirConversationPersonnelleAsync(membre, conversationId, cancellationToken);
            }

            await connector.EnvoyerAsync(reference.ServiceUrl, conversationId, message(reference), cancellationToken);
            return ResultatEnvoi.Envoye;
        }
        catch (ConnectorException e) when (e.Bloque)
        {
            return ResultatEnvoi.Bloque;
        }
    }
}
