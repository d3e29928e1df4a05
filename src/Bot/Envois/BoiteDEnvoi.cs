using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Microsoft365;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Envois;

/// <summary>
/// Where use cases drop what people must be told: stored at once (one row each, idempotent by its key), delivered
/// by the lease-guarded worker, retried, reported when it cannot be delivered. A Teams answer never waits on it.
/// </summary>
public sealed class BoiteDEnvoi(Storage.Envois envois, SignalDesEnvois signal, IOptions<BotOptions> options, TimeProvider timeProvider)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Deposits one notification per entry of <paramref name="destinataires"/>, each rendered in every language its
    /// reader may get. <paramref name="motif"/> names the event (the same motif is never sent twice to the same destination).
    /// </summary>
    public async Task DeposerAsync(
        string motif, IEnumerable<Destinataire> destinataires, Func<Textes, Activity> message, Func<Textes, string> objet, IReadOnlyList<Destinataire> signalerA, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destinataires);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(objet);
        var maintenant = timeProvider.GetUtcNow();
        var organisation = Textes.Choisir(options.Value.Langue, null);
        var deposes = await Task.WhenAll(destinataires.Select(vers =>
        {
            var langues = vers is Destinataire.Personne && options.Value.Langue == "auto" ? [Textes.Francais, Textes.Anglais] : new[] { organisation };
            return envois.DeposerAsync(
                new EnvoiEntity
                {
                    RowKey = Cle(motif, vers),
                    Routage = JsonSerializer.Serialize(new Routage(vers, signalerA), Json),
                    ActiviteFr = langues.Contains(Textes.Francais) ? Rendre(message(Textes.Francais)) : null,
                    ActiviteEn = langues.Contains(Textes.Anglais) ? Rendre(message(Textes.Anglais)) : null,
                    Objet = objet(organisation),
                    DeposeLe = maintenant,
                    Prochaine = maintenant,
                },
                cancellationToken);
        }));
        if (deposes.Any(d => d))
        {
            signal.Reveiller();
        }
    }

    /// <summary>
    /// Deposits one e-mail to <paramref name="vers"/>, written in both languages, French first (the organisation
    /// cannot know an outside reader's); <paramref name="signalerA"/> learn it if it can never be sent.
    /// </summary>
    public async Task DeposerCourrielAsync(
        string motif, Destinataire.Courriel vers, CourrielAEnvoyer courriel, IReadOnlyList<Destinataire> signalerA, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vers);
        ArgumentNullException.ThrowIfNull(courriel);
        var maintenant = timeProvider.GetUtcNow();
        var depose = await envois.DeposerAsync(
            new EnvoiEntity
            {
                RowKey = Cle(motif, vers),
                Routage = JsonSerializer.Serialize(new Routage(vers, signalerA), Json),
                Courriel = JsonSerializer.Serialize(courriel, Json),
                Objet = courriel.Objet,
                DeposeLe = maintenant,
                Prochaine = maintenant,
            },
            cancellationToken);
        if (depose)
        {
            signal.Reveiller();
        }
    }

    /// <summary>The outbox key of one notification: its event and its destination.</summary>
    public static string Cle(string motif, Destinataire vers) => Storage.Envois.Cle($"{motif}|{JsonSerializer.Serialize(vers, Json)}");

    private static byte[] Rendre(Activity activite) => JsonSerializer.SerializeToUtf8Bytes(activite, ProtocolJson.Options);
}
