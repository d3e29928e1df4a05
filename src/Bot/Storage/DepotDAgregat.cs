using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Conventions.Audit;

namespace TeamsConventions.Bot.Storage;

/// <summary>What a load remembers for the next save: the root row's ETag, a fingerprint of every row, the audit entries so far.</summary>
public sealed record EtatCharge(ETag ETag, IReadOnlyDictionary<string, string> Empreintes, int Journal);

/// <summary>
/// Base of the aggregate repositories: one partition per aggregate (PK = its id), a root row whose ETag guards the
/// whole aggregate, child rows written only when they changed, audit rows added in the same transaction and never
/// updated. A concurrent save is a <see cref="ConcurrencyConflictException"/>; <see cref="ModifierAsync"/>
/// re-reads and re-applies.
/// </summary>
public abstract class DepotDAgregat<TEntity>(TableServiceClient service, string table, TimeProvider timeProvider) : TableRepository<TEntity>(service, table)
    where TEntity : class, ILigneDAgregat, new()
{
    public const string Racine = "racine";
    public const int TentativesMaximales = 60;

    protected TimeProvider Horloge => timeProvider;

    /// <summary>The aggregate's rows, its audit rows left out (they only grow).</summary>
    protected async Task<(List<TEntity> Lignes, EtatCharge? Etat)> ChargerLignesAsync(string pk, CancellationToken cancellationToken)
    {
        var lignes = new List<TEntity>();
        await foreach (var ligne in Table.QueryAsync<TEntity>(
            l => l.PartitionKey == pk && (l.RowKey.CompareTo("audit-") < 0 || l.RowKey.CompareTo("audit.") >= 0),
            cancellationToken: cancellationToken))
        {
            lignes.Add(ligne);
        }

        return lignes.Find(l => l.RowKey == Racine) is { } racine ? (lignes, new EtatCharge(racine.ETag, Empreintes(lignes), racine.Journal ?? 0)) : (lignes, null);
    }

    /// <summary>Saves new (<paramref name="precedent"/> null) or changed rows and the pending audit entries, atomically.</summary>
    protected async Task<EtatCharge> EnregistrerLignesAsync(IReadOnlyList<TEntity> lignes, EtatCharge? precedent, Agregat agregat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lignes);
        ArgumentNullException.ThrowIfNull(agregat);
        var dejaJournalisees = precedent?.Journal ?? 0;
        var journal = dejaJournalisees + agregat.EntreesAJournaliser.Count;
        lignes.Single(l => l.RowKey == Racine).Journal = journal;
        var empreintes = Empreintes(lignes);
        var actions = new List<TableTransactionAction>();
        foreach (var ligne in lignes)
        {
            if (ligne.RowKey == Racine)
            {
                actions.Add(precedent is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, ligne)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, ligne, precedent.ETag));
            }
            else if (precedent?.Empreintes.GetValueOrDefault(ligne.RowKey) != empreintes[ligne.RowKey])
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, ligne));
            }
        }

        foreach (var cle in precedent?.Empreintes.Keys.Except(empreintes.Keys) ?? [])
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TEntity { PartitionKey = lignes[0].PartitionKey, RowKey = cle }, ETag.All));
        }

        actions.AddRange(agregat.EntreesAJournaliser.Select((e, i) => new TableTransactionAction(TableTransactionActionType.Add, Audit(lignes[0].PartitionKey, e, dejaJournalisees + i + 1))));

        // Nothing changed ("next" on a step left as it was): no write, and no ETag change to make others retry.
        if (precedent is not null && actions.Count == 1 && precedent.Empreintes.GetValueOrDefault(Racine) == empreintes[Racine])
        {
            return precedent;
        }

        var reponses = await TransactionAsync(actions, cancellationToken, siNouveauDejaExistant: precedent is null);
        agregat.MarquerJournalise();
        return new EtatCharge(reponses[actions.FindIndex(a => a.Entity.RowKey == Racine)].Headers.ETag ?? default, empreintes, journal);
    }

    /// <summary>A change through <see cref="ModifierAsync"/> as the ports have it: null, not an exception, when there is no such aggregate.</summary>
    protected static async Task<T?> SaufAbsentAsync<T>(Func<Task<T>> modifier)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(modifier);
        try
        {
            return await modifier();
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Loads (or starts from <paramref name="dejaCharge"/>, read just before), applies <paramref name="modification"/>,
    /// saves; on a concurrent change, starts again from a fresh read, after a growing random pause. A broken domain
    /// rule stops at once (it would break again).
    /// </summary>
    protected async Task<TCharge> ModifierAsync<TCharge, TAgregat>(
        string id,
        Func<CancellationToken, Task<TCharge?>> charger,
        Func<TCharge, TAgregat> agregat,
        Action<TAgregat> modification,
        Func<TCharge, CancellationToken, Task<TCharge>> enregistrer,
        CancellationToken cancellationToken,
        TCharge? dejaCharge = null)
        where TCharge : class
    {
        ArgumentNullException.ThrowIfNull(charger);
        ArgumentNullException.ThrowIfNull(agregat);
        ArgumentNullException.ThrowIfNull(modification);
        ArgumentNullException.ThrowIfNull(enregistrer);
        for (var tentative = 1; ; tentative++)
        {
            var charge = (tentative == 1 ? dejaCharge : null) ?? await charger(cancellationToken) ?? throw new KeyNotFoundException($"{Table.Name}: {id} does not exist.");
            modification(agregat(charge));
            try
            {
                return await enregistrer(charge, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (tentative < TentativesMaximales)
            {
                // Real time, whatever clock the rules read: the other writer is a real one.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, Math.Min(500, 5 << Math.Min(tentative, 7)))), TimeProvider.System, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The one key of every audit row, whatever the aggregate: its time first, so that a partition's trail reads in
    /// order (a vote's opening, its ballots, its close), then what makes it unique.
    /// </summary>
    /// <summary>
    /// The aggregates an index partition lists, each row keyed <c>{order}-{id}</c>, in the rows' order; a row whose
    /// aggregate is gone is passed over.
    /// </summary>
    protected async Task<List<T>> ListerAsync<T>(string partition, Func<string, CancellationToken, Task<T?>> charger, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(charger);
        var lus = new List<T>();
        await foreach (var ligne in PartitionAsync(partition, cancellationToken))
        {
            if (await charger(ligne.RowKey[(ligne.RowKey.LastIndexOf('-') + 1)..], cancellationToken) is { } lu)
            {
                lus.Add(lu);
            }
        }

        return lus;
    }

    protected static string CleDAudit(DateTimeOffset horodatage, string unicite) =>
        string.Create(CultureInfo.InvariantCulture, $"audit-{horodatage.UtcTicks:D19}-{unicite}");

    /// <summary>The audit trail of one aggregate, oldest first.</summary>
    public async Task<IReadOnlyList<TEntity>> JournalAsync(string pk, CancellationToken cancellationToken)
    {
        var journal = new List<TEntity>();
        await foreach (var ligne in Table.QueryAsync<TEntity>(
            l => l.PartitionKey == pk && l.RowKey.CompareTo("audit-") >= 0 && l.RowKey.CompareTo("audit.") < 0,
            cancellationToken: cancellationToken))
        {
            journal.Add(ligne);
        }

        return journal;
    }

    /// <summary>Audit row number <paramref name="numero"/> of the aggregate: the root's ETag makes the numbers unique and ordered.</summary>
    private static TEntity Audit(string pk, EntreeDAudit entree, int numero) => new()
    {
        PartitionKey = pk,
        RowKey = CleDAudit(entree.Horodatage, numero.ToString("D10", CultureInfo.InvariantCulture)),
        Le = entree.Horodatage,
        Acteur = entree.Acteur.ToString(),
        Action = entree.Action,
        Objet = entree.Objet,
        Details = entree.Details,
        Empreinte = entree.EmpreinteDocument,
    };

    private static Dictionary<string, string> Empreintes(IEnumerable<TEntity> lignes) =>
        lignes.ToDictionary(l => l.RowKey, EmpreinteDeLigne, StringComparer.Ordinal);

    private static string EmpreinteDeLigne(TEntity ligne) => string.Join('\u001f', typeof(TEntity).GetProperties()
        .Where(p => p.Name is not (nameof(ITableEntity.ETag) or nameof(ITableEntity.Timestamp)))
        .Select(p => Convert.ToString(p.GetValue(ligne), CultureInfo.InvariantCulture)));
}
