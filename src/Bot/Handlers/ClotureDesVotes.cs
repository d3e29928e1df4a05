using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// Closes a vote (the chair, or the deadline job), applies the outcome to the item voted on (a dossier's avis de
/// pertinence or decision), and announces it once in the vote's thread, whichever instance got there first.
/// </summary>
public sealed partial class ClotureDesVotes(
    ScrutinsStockes scrutins,
    ComitesStockes comites,
    DossiersStockes dossiers,
    CatalogueDesConventions catalogue,
    ActualisationDesVotes actualisation,
    ConnectorClient connector,
    SuiteDesDossiers suite,
    IOptions<BotOptions> options,
    ILogger<ClotureDesVotes> logger)
{
    /// <summary>Closes, applies and announces; returns the closed vote. An unknown vote is a <see cref="KeyNotFoundException"/>.</summary>
    public async Task<Scrutin> CloturerAsync(ScrutinId id, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var resultat = await scrutins.CloturerAsync(id, par, maintenant, cancellationToken);
        var scrutin = (await scrutins.ChargerAsync(id, cancellationToken))!.Scrutin;
        await AppliquerAsync(scrutin, resultat, par, maintenant, cancellationToken);
        actualisation.Signaler(id);
        await AnnoncerAsync(scrutin, resultat, cancellationToken);
        if (scrutin.Objet.Nature == NatureDeLObjet.Dossier && DossiersEnCours.Identifiant(scrutin.Objet.Reference) is { } dossier && await scrutins.PremiereSuiteAsync(id, cancellationToken))
        {
            var textes = Textes.Choisir(options.Value.Langue, null);
            var comite = (await comites.ChargerAsync(scrutin.Comite, cancellationToken))?.Comite.Nom ?? string.Empty;
            await suite.PoursuivreAsync(dossier, comite, $"{textes["Vote.Decision." + resultat.Decision]} ({textes.Format(CleTexte.VoteResultat, resultat.Pour, resultat.Contre, resultat.Abstention)})", cancellationToken);
        }

        await scrutins.TerminerAsync(scrutin, cancellationToken);
        return scrutin;
    }

    private async Task AppliquerAsync(Scrutin scrutin, ResultatDuScrutin resultat, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        if (scrutin.Objet.Nature != NatureDeLObjet.Dossier || !Guid.TryParseExact(scrutin.Objet.Reference, "N", out var guid)
            || resultat.Decision is Decision.QuorumNonAtteint or Decision.PariteNonRespectee
            || await comites.ChargerAsync(scrutin.Comite, cancellationToken) is not { } comite)
        {
            return;
        }

        var textes = Textes.Choisir(options.Value.Langue, null);
        var jour = TimeZoneInfo.ConvertTime(maintenant, Conventions.Calendrier.Bruxelles.Fuseau).ToString("d", textes.Culture);
        var motif = textes.Format(CleTexte.VoteMotifDeRejet, jour, textes.Format(CleTexte.VoteResultat, resultat.Pour, resultat.Contre, resultat.Abstention));
        var statuts = comite.Comite.Statuts.Code;
        try
        {
            await dossiers.ModifierAsync(new DossierId(guid), dossier =>
            {
                var type = catalogue.Type(dossier.Type);
                if (dossier.Etat != EtatDuDossier.InscritAuComite)
                {
                    return;
                }

                if (type.AvisPrealable == statuts && dossier.AvisDePertinenceFavorable is null)
                {
                    dossier.EnregistrerAvisDePertinence(resultat, par, maintenant);
                }
                else if (type.Comite == statuts)
                {
                    dossier.Decider(resultat, type, motif, par, maintenant);
                }
            }, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            LogDossierDisparu(logger, scrutin.Objet.Reference);
        }
    }

    private async Task AnnoncerAsync(Scrutin scrutin, ResultatDuScrutin resultat, CancellationToken cancellationToken)
    {
        if (await scrutins.CarteAsync(scrutin.Id, cancellationToken) is not { } carte || !await scrutins.PremiereAnnonceAsync(scrutin.Id, cancellationToken))
        {
            return;
        }

        var textes = Textes.Choisir(options.Value.Langue, null);
        var annonce = textes.Format(CleTexte.VoteResultatPublie, scrutin.Objet.Intitule, $"{textes["Vote.Decision." + resultat.Decision]} ({textes.Format(CleTexte.VoteResultat, resultat.Pour, resultat.Contre, resultat.Abstention)})");
        try
        {
            await connector.RepondreAsync(carte.ServiceUrl, carte.ConversationId, carte.ActivityId, Activity.Texte(annonce), cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            await scrutins.OublierAnnonceAsync(scrutin.Id, CancellationToken.None);
            LogAnnonceEchouee(logger, scrutin.Id.ToString(), e.Message);
            throw;
        }
    }

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "The vote on dossier {Dossier} closed, but the dossier no longer exists: nothing to apply.")]
    private static partial void LogDossierDisparu(ILogger logger, string dossier);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "The outcome of vote {Vote} could not be announced: {Erreur}; it will be announced again.")]
    private static partial void LogAnnonceEchouee(ILogger logger, string vote, string erreur);
}
