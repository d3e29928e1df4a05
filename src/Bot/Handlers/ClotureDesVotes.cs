using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Closes a vote (the chair, or the deadline job), applies the outcome to the item voted on (a dossier's avis de
/// pertinence or decision), and announces it in the vote's thread through the outbox, once whichever instance got
/// there first; the committee's secretariat is told if the announcement can never be delivered. Nothing here
/// waits on Teams: a stored decision never becomes an error because Teams is down.
/// </summary>
public sealed partial class ClotureDesVotes(
    ScrutinsStockes scrutins,
    ComitesStockes comites,
    DossiersStockes dossiers,
    CatalogueDesConventions catalogue,
    ActualisationDesVotes actualisation,
    BoiteDEnvoi boite,
    SuiteDesDossiers suite,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<ClotureDesVotes> logger)
{
    /// <summary>Closes, applies and announces; returns the closed vote. An unknown vote is a <see cref="KeyNotFoundException"/>.</summary>
    public async Task<Scrutin> CloturerAsync(ScrutinId id, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var resultat = await scrutins.CloturerAsync(id, par, maintenant, cancellationToken);
        var scrutin = (await scrutins.ChargerAsync(id, cancellationToken))?.Scrutin ?? throw new KeyNotFoundException($"Vote {id} does not exist.");
        var comite = (await comites.ChargerAsync(scrutin.Comite, cancellationToken))?.Comite;
        await AppliquerAsync(scrutin, resultat, comite, par, maintenant, cancellationToken);
        actualisation.Signaler(id);
        var textes = Textes.Choisir(options.Value.Langue, null);
        var issue = $"{textes["Vote.Decision." + resultat.Decision]} ({VoteCard.Resultat(textes, resultat.Pour, resultat.Contre, resultat.Abstention)})";
        await AnnoncerAsync(scrutin, comite, issue, cancellationToken);
        if (scrutin.Objet.Nature == NatureDeLObjet.Dossier && DossiersEnCours.Identifiant(scrutin.Objet.Reference) is { } dossier)
        {
            await suite.PoursuivreAsync(id, dossier, comite?.Nom ?? string.Empty, issue, cancellationToken);
        }

        await scrutins.TerminerAsync(scrutin, cancellationToken);
        return scrutin;
    }

    private async Task AppliquerAsync(Scrutin scrutin, ResultatDuScrutin resultat, Comite? comite, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        if (scrutin.Objet.Nature != NatureDeLObjet.Dossier || !Guid.TryParseExact(scrutin.Objet.Reference, "N", out var guid) || comite is null)
        {
            return;
        }

        var textes = Textes.Choisir(options.Value.Langue, null);
        var jour = Conventions.Calendrier.Bruxelles.Jour(maintenant);
        var motif = textes.Format(CleTexte.VoteMotifDeRejet, jour, VoteCard.Resultat(textes, resultat.Pour, resultat.Contre, resultat.Abstention));
        var statuts = comite.Statuts.Code;
        try
        {
            await dossiers.ModifierAsync(new DossierId(guid), dossier => dossier.AppliquerLeVote(resultat, catalogue.Type(dossier.Type), statuts, motif, par, maintenant), cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            LogDossierDisparu(logger, scrutin.Objet.Reference);
        }
    }

    private async Task AnnoncerAsync(Scrutin scrutin, Comite? comite, string issue, CancellationToken cancellationToken)
    {
        if (await scrutins.CarteAsync(scrutin.Id, cancellationToken) is not { } carte)
        {
            return;
        }

        await boite.DeposerAsync(
            $"annonce|{scrutin.Id}",
            [new Destinataire.Fil(carte.ServiceUrl, carte.ConversationId, carte.ActivityId)],
            t => Activity.Texte(t.Format(CleTexte.VoteResultatPublie, scrutin.Objet.Intitule, issue)),
            t => t.Format(CleTexte.VoteObjetDeLAnnonce, scrutin.Objet.Intitule),
            SecretariatDuComite.Destinataires(comite, timeProvider.GetUtcNow()),
            cancellationToken);
    }

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "The vote on dossier {Dossier} closed, but the dossier no longer exists: nothing to apply.")]
    private static partial void LogDossierDisparu(ILogger logger, string dossier);
}
