using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Application.Votes;
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
    : DepotDAgregat<LigneDeScrutinEntity>(service, tables.Scrutins, timeProvider), IScrutins
{
    private static readonly TimeSpan AttenteMaximaleDeLaCloture = TimeSpan.FromSeconds(20);

    // An open vote's definition (its root as opened, electors, recusals), per instance; dropped once it is seen closing.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<LigneDeScrutinEntity>> _definitions = new(StringComparer.Ordinal);

    public async Task<ScrutinCharge?> ChargerAsync(ScrutinId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        return etat is null ? null : new ScrutinCharge(Scrutin.Restaurer(Enregistre(id, lignes)), etat);
    }

    async Task<Scrutin?> IScrutins.ChargerAsync(ScrutinId id, CancellationToken cancellationToken) =>
        (await ChargerAsync(id, cancellationToken))?.Scrutin;

    async Task<bool> IScrutins.OuvrirAsync(Scrutin scrutin, CancellationToken cancellationToken)
    {
        try
        {
            await OuvrirAsync(scrutin, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    /// <summary>Opens the vote: the item, its electors and recusals, the rules of the day.</summary>
    public async Task<ScrutinCharge> OuvrirAsync(Scrutin scrutin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scrutin);
        var s = scrutin.Enregistrement();
        var pk = s.Id.ToString();
        var listes = s.Electeurs.Select(e => new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"electeur-{e.Membre}", Nom = e.Nom, Cote = e.Cote, Organisation = e.Organisation, BceDeLOrganisation = e.BceDeLOrganisation?.Chiffres })
            .Concat(s.Recuses.Select(m => new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"recuse-{m}" }));

        // The electors first, a hundred at a time: until the root row exists, the vote does not.
        foreach (var lot in listes.Chunk(StorageLimits.MaxTransactionActions))
        {
            await TransactionAsync([.. lot.Select(l => new TableTransactionAction(TableTransactionActionType.UpsertReplace, l))], cancellationToken);
        }

        var ouvert = new ScrutinCharge(scrutin, await EnregistrerLignesAsync([LigneRacine(s, EtatDuScrutin.Ouvert, enveloppe.Envelopper(s.Id, s.Sel))], null, scrutin, cancellationToken));
        await ouverts.AjouterAsync(s.Id, s.Echeance, cancellationToken);
        return ouvert;
    }

    /// <summary>
    /// Records (or changes) a member's ballot; returns once it is certain to be counted, or throws why not. Two storage
    /// round trips: the ballot's rows in one transaction, then the root read back (the vote's definition is cached
    /// while it is open). A ballot that lands after the close and was not the one counted is taken back.
    /// </summary>
    public async Task VoterAsync(ScrutinId id, MembreId membre, Choix choix, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var pk = id.ToString();
        var (definition, racine) = await DefinitionAsync(pk, cancellationToken);
        var scrutin = Scrutin.Restaurer(Enregistre(id, definition));
        if (Etat(racine) != EtatDuScrutin.Ouvert)
        {
            throw new RegleMetierException(CodesErreur.ScrutinClos, scrutin.Objet.Intitule);
        }

        scrutin.Voter(membre, choix, maintenant);
        var audit = scrutin.EntreesAJournaliser.Single();
        var cleAudit = CleDAudit(audit.Horodatage, $"{membre}-{Guid.NewGuid():N}")[..90];
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.UpsertReplace, new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"participation-{membre}", Le = maintenant, Bulletin = scrutin.BulletinScelle(membre) }),
            new(TableTransactionActionType.Add, new LigneDeScrutinEntity
            {
                PartitionKey = pk, RowKey = cleAudit,
                Le = audit.Horodatage, Acteur = audit.Acteur.ToString(), Action = audit.Action, Objet = audit.Objet, Details = audit.Details, Empreinte = audit.EmpreinteDocument,
            }),
        ];

        // A secret ballot lives sealed on the participation row only: no row of its own whose time or order could name its voter.
        if (!scrutin.Secret)
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"choix-{membre}", Choix = choix.ToString() }));
        }

        try
        {
            await TransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex == 1)
        {
            // The storage client re-sent a transaction whose first attempt was applied: this press's own audit row is there.
        }

        if (await LireAsync(pk, Racine, cancellationToken) is { } apres && Etat(apres) == EtatDuScrutin.Ouvert)
        {
            return;
        }

        _definitions.TryRemove(pk, out _);
        var compte = await CompteALaClotureAsync(pk, membre, cancellationToken);
        if (compte?.Le?.UtcTicks == maintenant.UtcTicks)
        {
            return;
        }

        await ReprendreAsync(pk, membre, cleAudit, compte, scrutin.Secret, cancellationToken);
        throw new RegleMetierException(CodesErreur.ScrutinClos, scrutin.Objet.Intitule);
    }

    /// <summary>Closes the vote (the chair, or anyone once the deadline has passed) and records the outcome computed from the ballots.</summary>
    public async Task<ResultatDuScrutin> CloturerAsync(ScrutinId id, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        var pk = id.ToString();
        var racine = await LireAsync(pk, Racine, cancellationToken) ?? throw new KeyNotFoundException($"Vote {pk} does not exist.");
        var enCloture = racine;
        if (Etat(racine) == EtatDuScrutin.Ouvert)
        {
            Scrutin.Restaurer(Enregistre(id, [racine])).VerifierQuePeutClore(par, maintenant);
            racine.Etat = EtatDuScrutin.EnCloture.ToString();
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
        var final = LigneRacine(scrutin.Enregistrement(), EtatDuScrutin.Clos, null);
        foreach (var lot in Comptes(pk, scrutin, lignes).Chunk(StorageLimits.MaxTransactionActions))
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
    Task<IReadOnlyList<ScrutinId>> IScrutins.EcheantAvantAsync(DateTimeOffset avant, CancellationToken cancellationToken) =>
        ouverts.EcheantAvantAsync(avant, cancellationToken);

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

    /// <summary>
    /// The close's own record of who was counted: the time of the ballot that was (a later press by the same member is
    /// not that ballot) and, for a public vote, its choice. A closed vote is read from these rows only.
    /// </summary>
    private static IEnumerable<LigneDeScrutinEntity> Comptes(string pk, Scrutin scrutin, IReadOnlyList<LigneDeScrutinEntity> lignes)
    {
        var parCle = lignes.ToDictionary(l => l.RowKey, StringComparer.Ordinal);
        return (scrutin.Enregistrement().Resultat?.Votants ?? []).Select(m => new LigneDeScrutinEntity
        {
            PartitionKey = pk, RowKey = $"compte-{m}", Le = parCle.GetValueOrDefault($"participation-{m}")?.Le,
            Choix = scrutin.Secret ? null : parCle.GetValueOrDefault($"choix-{m}")?.Choix,
        });
    }

    /// <summary>The member's count row once the close is over, or null if they were not counted (or the close takes too long).</summary>
    private async Task<LigneDeScrutinEntity?> CompteALaClotureAsync(string pk, MembreId membre, CancellationToken cancellationToken)
    {
        // Real time, whatever clock the rules read: the close being waited for runs in another real request.
        var debut = TimeProvider.System.GetTimestamp();
        while (await LireAsync(pk, Racine, cancellationToken) is { } racine && Etat(racine) != EtatDuScrutin.Clos)
        {
            if (TimeProvider.System.GetElapsedTime(debut) > AttenteMaximaleDeLaCloture)
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, cancellationToken);
        }

        return await LireAsync(pk, $"compte-{membre}", cancellationToken);
    }

    /// <summary>
    /// Takes back a ballot written after the close that was not counted (the closed vote, read from its count rows,
    /// never showed it): its audit row goes, its participation and choice rows are put back as the count has them.
    /// </summary>
    private async Task ReprendreAsync(string pk, MembreId membre, string cleAudit, LigneDeScrutinEntity? compte, bool secret, CancellationToken cancellationToken)
    {
        var participation = new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"participation-{membre}", Le = compte?.Le };
        var choix = new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"choix-{membre}", Choix = compte?.Choix };
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Delete, new LigneDeScrutinEntity { PartitionKey = pk, RowKey = cleAudit }, ETag.All),
            compte is null ? new(TableTransactionActionType.Delete, participation, ETag.All) : new(TableTransactionActionType.UpsertReplace, participation),
        ];
        if (!secret)
        {
            actions.Add(compte?.Choix is null ? new(TableTransactionActionType.Delete, choix, ETag.All) : new(TableTransactionActionType.UpsertReplace, choix));
        }

        await TransactionAsync(actions, cancellationToken);
    }

    /// <summary>The vote's root and its electors and recusals: read once per instance while the vote is open (only its close changes them).</summary>
    private async Task<(List<LigneDeScrutinEntity> Lignes, LigneDeScrutinEntity Racine)> DefinitionAsync(string pk, CancellationToken cancellationToken)
    {
        if (_definitions.TryGetValue(pk, out var connue))
        {
            return (connue, connue[0]);
        }

        var racine = await LireAsync(pk, Racine, cancellationToken) ?? throw new KeyNotFoundException($"Vote {pk} does not exist.");
        List<LigneDeScrutinEntity> lignes = [racine];
        var filtre = TableClient.CreateQueryFilter(
            $"PartitionKey eq {pk} and ((RowKey ge {"electeur-"} and RowKey lt {"electeur."}) or (RowKey ge {"recuse-"} and RowKey lt {"recuse."}))");
        await foreach (var ligne in Table.QueryAsync<LigneDeScrutinEntity>(filtre, cancellationToken: cancellationToken))
        {
            lignes.Add(ligne);
        }

        if (Etat(racine) == EtatDuScrutin.Ouvert)
        {
            _definitions.TryAdd(pk, lignes);
        }

        return (lignes, racine);
    }

    private static EtatDuScrutin Etat(LigneDeScrutinEntity racine) => Enum.Parse<EtatDuScrutin>(Requise(racine.Etat));

    private static LigneDeScrutinEntity LigneRacine(ScrutinEnregistre s, EtatDuScrutin etat, byte[]? cleEnveloppee) => new()
    {
        PartitionKey = s.Id.ToString(), RowKey = Racine, Etat = etat.ToString(), Comite = s.Comite.ToString(), Nature = s.Objet.Nature.ToString(), Reference = s.Objet.Reference,
        Intitule = s.Objet.Intitule, Empreinte = s.Objet.EmpreinteDocument, BceDuDemandeur = s.Objet.BceDuDemandeur?.Chiffres, Document = s.Objet.AdresseDuDocument, Quorum = (double)s.Regle.Quorum,
        VoixPreponderante = s.Regle.VoixPreponderanteDuPresident, PariteCotes = s.Parite is null ? null : string.Join('\n', s.Parite.Cotes),
        PariteMinimale = s.Parite is null ? null : (double)s.Parite.PresenceMinimaleParCote, Secret = s.Secret, Echeance = s.Echeance, President = s.President?.ToString(),
        Sel = cleEnveloppee, ClosLe = s.Resultat?.ClosLe, Pour = s.Resultat?.Pour, Contre = s.Resultat?.Contre, Abstention = s.Resultat?.Abstention,
        Decision = s.Resultat?.Decision.ToString(), VoixPreponderanteUtilisee = s.Resultat?.VoixPreponderanteUtilisee,
    };

    private ScrutinEnregistre Enregistre(ScrutinId id, IReadOnlyList<LigneDeScrutinEntity> lignes)
    {
        var r = lignes.Single(l => l.RowKey == Racine);
        var avec = (string prefixe) => lignes.Where(l => l.RowKey.StartsWith(prefixe, StringComparison.Ordinal)).Select(l => (Ligne: l, Cle: l.RowKey[prefixe.Length..]));
        var clos = Etat(r) == EtatDuScrutin.Clos;
        return new ScrutinEnregistre(
            id,
            new ComiteId(Guid.ParseExact(Requise(r.Comite), "N")),
            new ObjetDuVote(Enum.Parse<NatureDeLObjet>(Requise(r.Nature)), Requise(r.Reference), Requise(r.Intitule), Requise(r.Empreinte), Bce(r.BceDuDemandeur), r.Document),
            new RegleDeDecision((decimal)Requise(r.Quorum), r.VoixPreponderante == true),
            r.PariteCotes is null ? null : new Parite(r.PariteCotes.Split('\n'), (decimal)Requise(r.PariteMinimale)),
            r.Secret == true,
            Requise(r.Echeance),
            r.President is null ? null : MembreId.Depuis(r.President),
            [.. avec("electeur-").Select(e => new MembreDeComite(MembreId.Depuis(e.Cle), Requise(e.Ligne.Nom), Requise(e.Ligne.Cote), Requise(e.Ligne.Organisation), BceDeLOrganisation: Bce(e.Ligne.BceDeLOrganisation)))],
            [.. avec("recuse-").Select(e => MembreId.Depuis(e.Cle))],
            clos
                ? avec("compte-").ToDictionary(c => MembreId.Depuis(c.Cle), c => c.Ligne.Le ?? Requise(lignes.FirstOrDefault(l => l.RowKey == $"participation-{c.Cle}")?.Le ?? r.ClosLe))
                : avec("participation-").ToDictionary(p => MembreId.Depuis(p.Cle), p => Requise(p.Ligne.Le)),
            (clos ? avec("compte-").Select(c => (c.Cle, Choix: c.Ligne.Choix ?? lignes.FirstOrDefault(l => l.RowKey == $"choix-{c.Cle}")?.Choix)) : avec("choix-").Select(c => (c.Cle, c.Ligne.Choix)))
                .Where(c => c.Choix is not null).ToDictionary(c => MembreId.Depuis(c.Cle), c => Enum.Parse<Choix>(c.Choix ?? string.Empty)),
            avec("participation-").Where(p => p.Ligne.Bulletin is not null).ToDictionary(p => MembreId.Depuis(p.Cle), p => p.Ligne.Bulletin ?? []),
            clos ? null : enveloppe.Deballer(id, r.Sel),
            clos
                ? new ResultatEnregistre(Requise(r.Pour), Requise(r.Contre), Requise(r.Abstention), Enum.Parse<Decision>(Requise(r.Decision)), r.VoixPreponderanteUtilisee == true, Requise(r.ClosLe), [.. avec("compte-").Select(c => MembreId.Depuis(c.Cle))])
                : null);
    }
}
