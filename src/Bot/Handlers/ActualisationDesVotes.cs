using System.Collections.Concurrent;
using Conventions.Votes;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Keeps each vote's channel card up to date without exceeding Teams' rate (about 7 operations per second per
/// conversation): votes only signal; at most one update per <see cref="Intervalle"/> runs, reading the vote as it
/// is then, and a signal that arrives during an update schedules one more, so the last card is always right.
/// </summary>
public sealed partial class ActualisationDesVotes(IServiceScopeFactory scopes, ScrutinsStockes scrutins, IOptions<BotOptions> options, ILogger<ActualisationDesVotes> logger)
    : TeamsConventions.Application.Votes.IVueDesScrutins
{
    public static readonly TimeSpan Intervalle = TimeSpan.FromMilliseconds(250);

    /// <summary>Updates are spaced in real time, whatever clock the rules read: it is Teams' real rate limit they respect.</summary>
    private static readonly TimeProvider TempsReel = TimeProvider.System;

    private readonly ConcurrentDictionary<ScrutinId, Suivi> _suivis = new();
    private readonly ConcurrentDictionary<ScrutinId, ScrutinEnregistre> _derniers = new();

    /// <summary>The vote as this instance last read it for its card (at most one interval old), if any.</summary>
    public ScrutinEnregistre? Dernier(ScrutinId id) => _derniers.GetValueOrDefault(id);

    public void Signaler(ScrutinId id)
    {
        var suivi = _suivis.GetOrAdd(id, _ => new Suivi());
        if (Interlocked.Exchange(ref suivi.Demande, 1) == 0)
        {
            _ = ActualiserAsync(id, suivi);
        }
    }

    private async Task ActualiserAsync(ScrutinId id, Suivi suivi)
    {
        try
        {
            var attente = suivi.Derniere + Intervalle - TempsReel.GetUtcNow();
            if (attente > TimeSpan.Zero)
            {
                await Task.Delay(attente, TempsReel);
            }

            await suivi.Verrou.WaitAsync();
            try
            {
                Interlocked.Exchange(ref suivi.Demande, 0);
                suivi.Derniere = TempsReel.GetUtcNow();
                await PublierAsync(id, suivi, CancellationToken.None);
            }
            finally
            {
                suivi.Verrou.Release();
            }
        }
        catch (Exception e) when (e is Azure.RequestFailedException or ConnectorException or HttpRequestException)
        {
            LogEchec(logger, id.ToString(), e.Message);
        }
    }

    private async Task PublierAsync(ScrutinId id, Suivi suivi, CancellationToken cancellationToken)
    {
        // The card, once posted, stays where it is: read once per instance.
        var carte = suivi.Carte ??= await scrutins.CarteAsync(id, cancellationToken);
        var charge = await scrutins.ChargerAsync(id, cancellationToken);
        if (carte is null || charge is null)
        {
            return;
        }

        _derniers[id] = charge.Scrutin.Enregistrement();
        var textes = Textes.Choisir(options.Value.Langue, null);
        using var scope = scopes.CreateScope();
        var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
        await connector.MettreAJourAsync(carte.ServiceUrl, carte.ConversationId, carte.ActivityId, Activity.CarteAdaptative(VoteCard.Base(textes, charge.Scrutin, carte.Destinataires)), cancellationToken);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "The card of vote {Vote} could not be updated: {Erreur}")]
    private static partial void LogEchec(ILogger logger, string vote, string erreur);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim needs disposing only once its wait handle is used, which WaitAsync never does.")]
    private sealed class Suivi
    {
        public readonly SemaphoreSlim Verrou = new(1, 1);
        public int Demande;
        public DateTimeOffset Derniere = DateTimeOffset.MinValue;
        public CarteDuVote? Carte;
    }
}
