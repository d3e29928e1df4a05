using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Votes;
using static TeamsConventions.Bot.Storage.Colonnes;

namespace TeamsConventions.Bot.Storage;

public sealed record ScrutinCharge(Scrutin Scrutin, EtatCharge Etat);

/// <summary>Where a vote's card was posted, and who gets a personal view of it.</summary>
public sealed record CarteDuVote(string ServiceUrl, string ConversationId, string ActivityId, IReadOnlyList<string> Destinataires);

/// <summary>
/// Votes on Azure Tables, one partition per vote. A ballot touches only its member's rows, so voters never
/// contend with each other (shared/reference/vote-contention.md). The close is in two steps: the root goes to
/// <c>EnCloture</c>, then the ballots are read and counted, and the root goes to <c>Clos</c> with the counts and
/// the list of counted voters. A ballot is acknowledged only if the vote was still open after it was written
/// (so the close's read sees it), or if the close counted it; otherwise the member is told the vote is closed.
/// </summary>
public sealed class ScrutinsStockes(TableServiceClient service, TableNames tables, VotesOuverts ouverts, EnveloppeDesVotesSecrets enveloppe, TimeProvider timeProvider)
    : DepotDAgregat<LigneDeScrutinEntity>(service, tables.Scrutins, timeProvider)
{
    private const string Ouvert = "Ouvert";
    private const string EnCloture = "EnCloture";
    private const string Clos = "Clos";
    private static readonly TimeSpan AttenteMaximaleDeLaCloture = TimeSpan.FromSeconds(20);

    // A vote's electors and recusals never change once it is open: read them once per instance.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<LigneDeScrutinEntity>> _listes = new(StringComparer.Ordinal);

    public async Task<ScrutinCharge?> ChargerAsync(ScrutinId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        return etat is null ? null : new ScrutinCharge(Scrutin.Restaurer(Enregistre(id, lignes)), etat);
    }

    /// <summary>Opens the vote: the item, its electors and recusals, the rules of the day.</summary>
    public async Task<ScrutinCharge> OuvrirAsync(Scrutin scrutin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scrutin);
        var s = scrutin.Enregistrement();
        var pk = s.Id.ToString();
        var listes = s.Electeurs.Select(e => new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"electeur-{e.Membre}", Nom = e.Nom, Cote = e.Cote, Organisation = e.Organisation })
            .Concat(s.Recuses.Select(m => new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"recuse-{m}" }));

        // The electors first, a hundred at a time: until the root row exists, the vote does not.
        foreach (var lot in listes.Chunk(StorageLimits.MaxTransactionActions))
        {
            await TransactionAsync([.. lot.Select(l => new TableTransactionAction(TableTransactionActionType.UpsertReplace, l))], cancellationToken);
        }

        var ouvert = new ScrutinCharge(scrutin, await EnregistrerLignesAsync([LigneRacine(s, Ouvert, enveloppe.Envelopper(s.Id, s.Sel))], null, scrutin, cancellationToken));
        await ouverts.AjouterAsync(s.Id, s.Echeance, cancellationToken);
        return ouvert;
    }

    /// <summary>Records (or changes) a member's ballot; returns once it is certain to be counted, or throws why not.</summary>
    public async Task VoterAsync(ScrutinId id, MembreId membre, Choix choix, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var pk = id.ToString();
        var (entete, racine) = await EnteteAsync(pk, cancellationToken);
        var scrutin = Scrutin.Restaurer(Enregistre(id, entete));
        if (racine.Etat != Ouvert)
        {
            throw new RegleMetierException(CodesErreur.ScrutinClos, scrutin.Objet.Intitule);
        }

        scrutin.Voter(membre, choix, maintenant);
        var audit = scrutin.EntreesAJournaliser.Single();
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.UpsertReplace, new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"participation-{membre}", Le = maintenant, Bulletin = scrutin.BulletinScelle(membre) }),
            new(TableTransactionActionType.Add, new LigneDeScrutinEntity
            {
                PartitionKey = pk, RowKey = string.Create(CultureInfo.InvariantCulture, $"audit-v-{maintenant.UtcTicks:D19}-{membre}-{Guid.NewGuid():N}")[..90],
                Le = audit.Horodatage, Acteur = audit.Acteur.ToString(), Action = audit.Action, Objet = audit.Objet, Details = audit.Details, Empreinte = audit.EmpreinteDocument,
            }),
        ];

        // A secret ballot lives sealed on the participation row only: no row of its own whose time or order could name its voter.
        if (!scrutin.Secret)
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"choix-{membre}", Choix = choix.ToString() }));
        }

        await TransactionAsync(actions, cancellationToken);

        if ((await LireAsync(pk, Racine, cancellationToken))?.Etat == Ouvert || await CompteALaClotureAsync(pk, membre, cancellationToken))
        {
            return;
        }

        throw new RegleMetierException(CodesErreur.ScrutinClos, scrutin.Objet.Intitule);
    }

    /// <summary>Closes the vote (the chair, or anyone once the deadline has passed) and records the outcome computed from the ballots.</summary>
    public async Task<ResultatDuScrutin> CloturerAsync(ScrutinId id, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var pk = id.ToString();
        var (_, racine) = await EnteteAsync(pk, cancellationToken);
        var enCloture = racine;
        if (racine.Etat == Ouvert)
        {
            var apercu = Scrutin.Restaurer(Enregistre(id, [racine]));
            if (par != apercu.President && maintenant < apercu.Echeance)
            {
                throw new RegleMetierException(CodesErreur.ClotureReserveeAuPresident, apercu.Objet.Intitule);
            }

            racine.Etat = EnCloture;
            try
            {
                await Table.UpdateEntityAsync(racine, racine.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return await CloturerAsync(id, par, maintenant, cancellationToken);
            }

            enCloture = await LireAsync(pk, Racine, cancellationToken) ?? throw new KeyNotFoundException($"Vote {pk} does not exist.");
        }

        var (lignes, etat) = await ChargerLignesAsync(pk, cancellationToken);
        var scrutin = Scrutin.Restaurer(Enregistre(id, lignes));
        if (scrutin.Resultat is { } dejaClos)
        {
            await EffacerLesBulletinsAsync(lignes, cancellationToken);
            return dejaClos;
        }

        var resultat = scrutin.Cloturer(par, maintenant);
        var final = LigneRacine(scrutin.Enregistrement(), Clos, null);
        foreach (var lot in Comptes(pk, scrutin).Chunk(StorageLimits.MaxTransactionActions))
        {
            await TransactionAsync([.. lot.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, c))], cancellationToken);
        }

        try
        {
            await EnregistrerLignesAsync([final], (etat ?? throw new KeyNotFoundException($"Vote {pk} does not exist.")) with { ETag = enCloture.ETag, Empreintes = new Dictionary<string, string>() }, scrutin, cancellationToken);
            await EffacerLesBulletinsAsync(lignes, cancellationToken);
            return resultat;
        }
        catch (ConcurrencyConflictException)
        {
            return (await ChargerAsync(id, cancellationToken))?.Scrutin.Resultat ?? resultat;
        }
    }

    public Task RetenirCarteAsync(ScrutinId id, CarteDuVote carte, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(carte);
        return EcraserAsync(
            new LigneDeScrutinEntity
            {
                PartitionKey = id.ToString(), RowKey = "carte", ServiceUrl = carte.ServiceUrl, ConversationId = carte.ConversationId,
                ActivityId = carte.ActivityId, Destinataires = string.Join('\n', carte.Destinataires),
            },
            cancellationToken);
    }

    public async Task<CarteDuVote?> CarteAsync(ScrutinId id, CancellationToken cancellationToken) =>
        await LireAsync(id.ToString(), "carte", cancellationToken) is { ServiceUrl: { } serviceUrl, ConversationId: { } conversation, ActivityId: { } activite } ligne
            ? new CarteDuVote(serviceUrl, conversation, activite, ligne.Destinataires is { Length: > 0 } d ? d.Split('\n') : [])
            : null;

    /// <summary>The vote is closed and announced: the deadline job has nothing more to do for it.</summary>
    public Task TerminerAsync(Scrutin scrutin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scrutin);
        return ouverts.RetirerAsync(scrutin.Id, scrutin.Echeance, cancellationToken);
    }

    /// <summary>Whether the members were already reminded of this vote (once per vote).</summary>
    public async Task<bool> RappelFaitAsync(ScrutinId id, CancellationToken cancellationToken) =>
        await LireAsync(id.ToString(), "rappel", cancellationToken) is not null;

    public Task MarquerRappelAsync(ScrutinId id, CancellationToken cancellationToken) =>
        EcraserAsync(new LigneDeScrutinEntity { PartitionKey = id.ToString(), RowKey = "rappel" }, cancellationToken);

    /// <summary>
    /// Once counted, a secret vote's sealed ballots are erased (its key is already gone with the close, so they could
    /// not be opened anyway): only who took part remains.
    /// </summary>
    private async Task EffacerLesBulletinsAsync(IEnumerable<LigneDeScrutinEntity> lignes, CancellationToken cancellationToken)
    {
        var scelles = lignes.Where(l => l.Bulletin is not null && l.RowKey.StartsWith("participation-", StringComparison.Ordinal))
            .Select(l => new LigneDeScrutinEntity { PartitionKey = l.PartitionKey, RowKey = l.RowKey, Le = l.Le });
        foreach (var lot in scelles.Chunk(StorageLimits.MaxTransactionActions))
        {
            await TransactionAsync([.. lot.Select(l => new TableTransactionAction(TableTransactionActionType.UpsertReplace, l))], cancellationToken);
        }
    }

    private static IEnumerable<LigneDeScrutinEntity> Comptes(string pk, Scrutin scrutin) =>
        (scrutin.Enregistrement().Resultat?.Votants ?? []).Select(m => new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"compte-{m}" });

    private async Task<bool> CompteALaClotureAsync(string pk, MembreId membre, CancellationToken cancellationToken)
    {
        var fin = Horloge.GetUtcNow() + AttenteMaximaleDeLaCloture;
        while ((await LireAsync(pk, Racine, cancellationToken))?.Etat is { } etat && etat != Clos)
        {
            if (Horloge.GetUtcNow() > fin)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), Horloge, cancellationToken);
        }

        return await LireAsync(pk, $"compte-{membre}", cancellationToken) is not null;
    }

    private async Task<(List<LigneDeScrutinEntity> Lignes, LigneDeScrutinEntity Racine)> EnteteAsync(string pk, CancellationToken cancellationToken)
    {
        var racine = await LireAsync(pk, Racine, cancellationToken) ?? throw new KeyNotFoundException($"Vote {pk} does not exist.");
        if (!_listes.TryGetValue(pk, out var listes))
        {
            listes = [];
            var filtre = TableClient.CreateQueryFilter(
                $"PartitionKey eq {pk} and ((RowKey ge {"electeur-"} and RowKey lt {"electeur."}) or (RowKey ge {"recuse-"} and RowKey lt {"recuse."}))");
            await foreach (var ligne in Table.QueryAsync<LigneDeScrutinEntity>(filtre, cancellationToken: cancellationToken))
            {
                listes.Add(ligne);
            }

            _listes.TryAdd(pk, listes);
        }

        return ([racine, .. listes], racine);
    }

    private static LigneDeScrutinEntity LigneRacine(ScrutinEnregistre s, string etat, byte[]? cleEnveloppee) => new()
    {
        PartitionKey = s.Id.ToString(), RowKey = Racine, Etat = etat, Comite = s.Comite.ToString(), Nature = s.Objet.Nature.ToString(), Reference = s.Objet.Reference,
        Intitule = s.Objet.Intitule, Empreinte = s.Objet.EmpreinteDocument, Demandeur = s.Objet.OrganisationDemandeuse, Document = s.Objet.AdresseDuDocument, Quorum = (double)s.Regle.Quorum,
        VoixPreponderante = s.Regle.VoixPreponderanteDuPresident, PariteCotes = s.Parite is null ? null : string.Join('\n', s.Parite.Cotes),
        PariteMinimale = s.Parite is null ? null : (double)s.Parite.PresenceMinimaleParCote, Secret = s.Secret, Echeance = s.Echeance, President = s.President?.ToString(),
        Sel = cleEnveloppee, ClosLe = s.Resultat?.ClosLe, Pour = s.Resultat?.Pour, Contre = s.Resultat?.Contre, Abstention = s.Resultat?.Abstention,
        Decision = s.Resultat?.Decision.ToString(), VoixPreponderanteUtilisee = s.Resultat?.VoixPreponderanteUtilisee,
    };

    private ScrutinEnregistre Enregistre(ScrutinId id, IReadOnlyList<LigneDeScrutinEntity> lignes)
    {
        var r = lignes.Single(l => l.RowKey == Racine);
        var avec = (string prefixe) => lignes.Where(l => l.RowKey.StartsWith(prefixe, StringComparison.Ordinal)).Select(l => (Ligne: l, Cle: l.RowKey[prefixe.Length..]));
        var clos = r.Etat == Clos;
        return new ScrutinEnregistre(
            id,
            new ComiteId(Guid.ParseExact(Requise(r.Comite), "N")),
            new ObjetDuVote(Enum.Parse<NatureDeLObjet>(Requise(r.Nature)), Requise(r.Reference), Requise(r.Intitule), Requise(r.Empreinte), r.Demandeur, r.Document),
            new RegleDeDecision((decimal)Requise(r.Quorum), r.VoixPreponderante == true),
            r.PariteCotes is null ? null : new Parite(r.PariteCotes.Split('\n'), (decimal)Requise(r.PariteMinimale)),
            r.Secret == true,
            Requise(r.Echeance),
            r.President is null ? null : MembreId.Depuis(r.President),
            [.. avec("electeur-").Select(e => new MembreDeComite(MembreId.Depuis(e.Cle), Requise(e.Ligne.Nom), Requise(e.Ligne.Cote), Requise(e.Ligne.Organisation)))],
            [.. avec("recuse-").Select(e => MembreId.Depuis(e.Cle))],
            avec("participation-").ToDictionary(p => MembreId.Depuis(p.Cle), p => Requise(p.Ligne.Le)),
            avec("choix-").ToDictionary(c => MembreId.Depuis(c.Cle), c => Enum.Parse<Choix>(c.Ligne.Choix ?? string.Empty)),
            avec("participation-").Where(p => p.Ligne.Bulletin is not null).ToDictionary(p => MembreId.Depuis(p.Cle), p => p.Ligne.Bulletin ?? []),
            clos ? null : enveloppe.Deballer(id, r.Sel),
            clos
                ? new ResultatEnregistre(Requise(r.Pour), Requise(r.Contre), Requise(r.Abstention), Enum.Parse<Decision>(Requise(r.Decision)), r.VoixPreponderanteUtilisee == true, Requise(r.ClosLe), [.. avec("compte-").Select(c => MembreId.Depuis(c.Cle))])
                : null);
    }
}
