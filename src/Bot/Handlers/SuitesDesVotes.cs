using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// What follows a closed vote, in Teams and through the outbox: the outcome announced in the vote's thread (the
/// committee's secretariat told if it can never be delivered), then the dossier's editors and analysts. Nothing here
/// waits on Teams: a stored decision never becomes an error because Teams is down.
/// </summary>
public sealed partial class SuitesDesVotes(
    ScrutinsStockes scrutins, BoiteDEnvoi boite, SuiteDesDossiers suite, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<SuitesDesVotes> logger)
    : ISuitesDesVotes
{
    public async Task AnnoncerAsync(Scrutin scrutin, ResultatDuScrutin resultat, Comite? comite, DossierId? dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scrutin);
        ArgumentNullException.ThrowIfNull(resultat);
        var textes = Textes.Choisir(options.Value.Langue, null);
        var issue = $"{textes["Vote.Decision." + resultat.Decision]} ({VoteCard.Resultat(textes, resultat.Pour, resultat.Contre, resultat.Abstention)})";
        if (await scrutins.CarteAsync(scrutin.Id, cancellationToken) is { } carte)
        {
            await boite.DeposerAsync(
                $"annonce|{scrutin.Id}",
                [new Destinataire.Fil(carte.ServiceUrl, carte.ConversationId, carte.ActivityId)],
                t => Activity.Texte(t.Format(CleTexte.VoteResultatPublie, scrutin.Objet.Intitule, issue)),
                t => t.Format(CleTexte.VoteObjetDeLAnnonce, scrutin.Objet.Intitule),
                SecretariatDuComite.Destinataires(comite, timeProvider.GetUtcNow()),
                cancellationToken);
        }

        if (dossier is { } voteSur)
        {
            await suite.PoursuivreAsync(scrutin.Id, voteSur, comite?.Nom ?? string.Empty, issue, cancellationToken);
        }
        else if (scrutin.Objet.Nature == NatureDeLObjet.Dossier)
        {
            LogDossierDisparu(logger, scrutin.Objet.Reference);
        }
    }

    public string MotifDeRejet(DateOnly jour, ResultatDuScrutin resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        var textes = Textes.Choisir(options.Value.Langue, null);
        return textes.Format(CleTexte.VoteMotifDeRejet, jour, VoteCard.Resultat(textes, resultat.Pour, resultat.Contre, resultat.Abstention));
    }

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "The vote on dossier {Dossier} closed, but the dossier no longer exists: nothing to apply.")]
    private static partial void LogDossierDisparu(ILogger logger, string dossier);
}
