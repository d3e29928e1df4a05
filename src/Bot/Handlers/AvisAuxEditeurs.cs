using Conventions.Membres;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>1:1 messages to a dossier's editors, each in their language, with a button that opens the dossier; through the outbox.</summary>
public sealed class AvisAuxEditeurs(BoiteDEnvoi boite)
{
    /// <summary>Deposits one message per editor; <paramref name="motif"/> names the event, so that it is told once.</summary>
    public Task EnvoyerAsync(string motif, VueDuDossier vue, IEnumerable<MembreId> destinataires, Func<Textes, string> message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vue);
        ArgumentNullException.ThrowIfNull(destinataires);
        ArgumentNullException.ThrowIfNull(message);
        return boite.DeposerAsync(
            motif,
            [.. destinataires.Select(e => new Destinataire.Personne(e.ToString(), null))],
            textes =>
            {
                var texte = message(textes);
                var activite = Activity.CarteAdaptative(AnalyseDuDossierCard.Notification(textes, vue, texte));
                activite.Text = texte;
                return activite;
            },
            _ => vue.Intitule,
            [],
            cancellationToken);
    }
}
