using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using TeamsConventions.Application.Microsoft365;

namespace TeamsConventions.Graph.Courriel;

/// <summary>
/// Sends from the organisation's mailbox through Graph's <c>sendMail</c> (application permission <c>Mail.Send</c>,
/// restricted by Exchange to that mailbox), kept in its Sent Items. A 429 or 503 is retried by the SDK; an e-mail
/// whose sending answered 504 may have left — a duplicate of a link or a code is harmless, a lost one is not.
/// </summary>
public sealed class MessagerieGraph(GraphServiceClient graph, string expediteur) : IMessagerie
{
    public const string ReglageExpediteur = "Courriel:Expediteur";

    public async Task EnvoyerAsync(CourrielAEnvoyer courriel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(courriel);
        var corps = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = courriel.Objet,
                Body = new ItemBody { ContentType = BodyType.Html, Content = courriel.Html },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = courriel.A } }],
            },
            SaveToSentItems = true,
        };
        await ErreursGraph.AppelerAsync<object?>(
            async () =>
            {
                await graph.Users[expediteur].SendMail.PostAsync(corps, cancellationToken: cancellationToken);
                return null;
            },
            statut => statut switch
            {
                401 or 403 => (ReglageExpediteur, $"The bot may not send from the mailbox {expediteur}: grant the application permission Mail.Send and restrict it to that mailbox (Exchange RBAC for Applications)."),
                404 => (ReglageExpediteur, $"There is no mailbox {expediteur}: fix {ReglageExpediteur}."),
                400 => (ReglageExpediteur, $"The mailbox {expediteur} refused the e-mail to {courriel.A} as malformed."),
                _ => null,
            });
    }
}
