using Conventions.Membres;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>1:1 messages to a dossier's editors, each in their language, with a button that opens the dossier.</summary>
public sealed class AvisAuxEditeurs(ConversationReferences references, ProactiveMessenger messagerie, IOptions<BotOptions> options)
{
    /// <summary>Sends to each of <paramref name="destinataires"/>; returns those who could not be reached.</summary>
    public async Task<IReadOnlyList<MembreId>> EnvoyerAsync(VueDuDossier vue, IEnumerable<MembreId> destinataires, Func<Textes, string> message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vue);
        ArgumentNullException.ThrowIfNull(destinataires);
        ArgumentNullException.ThrowIfNull(message);
        var injoignables = new List<MembreId>();
        foreach (var editeur in destinataires)
        {
            var textes = Textes.Choisir(options.Value.Langue, (await references.PourMembreAsync(editeur, cancellationToken))?.Locale);
            var texte = message(textes);
            var activite = Activity.CarteAdaptative(AnalyseDuDossierCard.Notification(textes, vue, texte));
            activite.Text = texte;
            try
            {
                if (await messagerie.EnvoyerAsync(editeur, activite, cancellationToken) != ResultatEnvoi.Envoye)
                {
                    injoignables.Add(editeur);
                }
            }
            catch (Exception e) when (e is Teams.Connector.ConnectorException or HttpRequestException)
            {
                // Telling the editors never undoes what was decided; the next message will try again.
                injoignables.Add(editeur);
            }
        }

        return injoignables;
    }
}
