using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Closes the votes whose deadline has passed and reminds the members of those closing soon. Closing and announcing
/// are idempotent, so a vote is closed and announced exactly once whatever the number of instances; each vote is
/// handled on its own, so one that fails waits for the next round without holding up the others.
/// </summary>
public sealed class EcheancesDesVotes(
    IServiceScopeFactory scopes, Baux baux, SuiviDesTravaux suivi, IScrutins scrutins, IComites comites, BoiteDEnvoi boite,
    IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<EcheancesDesVotes> logger)
    : TravailPeriodique(scopes, baux, suivi, options, timeProvider, logger)
{
    protected override string Bail => "cloture-des-votes";

    protected override async Task UnTourAsync(IServiceProvider services, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var cloture = services.GetRequiredService<CloturerLeVote>();
        await ChacunAsync(await scrutins.EcheantAvantAsync(maintenant, cancellationToken), vote => $"cloture|{vote}", vote => cloture.ExecuterAsync(vote, MembreId.Systeme, maintenant, cancellationToken), cancellationToken);

        var rappels = services.GetRequiredService<RappelerLesVotants>();
        await ChacunAsync(await scrutins.EcheantAvantAsync(maintenant.AddHours(Reglages.RappelAvantEcheanceEnHeures), cancellationToken), vote => $"rappel|{vote}", vote => rappels.ExecuterAsync(vote, cancellationToken), cancellationToken);
    }

    /// <summary>A vote that keeps failing (its close or its reminders) is told to its committee's secretariat, once.</summary>
    protected override async Task SignalerAsync(object element, string erreur, CancellationToken cancellationToken)
    {
        if (element is not ScrutinId id || await scrutins.ChargerAsync(id, cancellationToken) is not { } scrutin)
        {
            return;
        }

        var comite = await comites.ChargerAsync(scrutin.Comite, cancellationToken);
        await boite.DeposerAsync(
            $"vote-en-echec|{id}",
            SecretariatDuComite.Destinataires(comite, Horloge.GetUtcNow()),
            t => Activity.Texte(t.Format(CleTexte.VoteEnEchec, scrutin.Objet.Intitule)),
            t => t.Format(CleTexte.VoteObjetDeLAnnonce, scrutin.Objet.Intitule),
            [],
            cancellationToken);
    }
}
