using Azure;
using Azure.Data.Tables;
using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;

namespace TeamsConventions.Bot.Storage;

/// <summary>A convention as loaded: its root row's ETag and a fingerprint of each row, so that a save writes only what changed.</summary>
public sealed record ConventionChargee(Convention Convention, ETag ETag, IReadOnlyDictionary<string, string> Empreintes, IReadOnlyList<Echeance> Echeances);

/// <summary>
/// Conventions on Azure Tables: one partition per convention, changed atomically in one transaction guarded by
/// the root row's ETag; audit rows are only ever added. A concurrent change is a <see cref="ConcurrencyConflictException"/>;
/// <see cref="ModifierAsync"/> re-reads and re-applies. The due-date index follows every save.
/// </summary>
public sealed class ConventionsStockees(TableServiceClient service, TableNames tables, CatalogueDesConventions catalogue, EcheancesIndexees index, TimeProvider timeProvider)
    : TableRepository<LigneDeConventionEntity>(service, tables.Conventions)
{
    public const int TentativesMaximales = 60;

    public async Task<ConventionChargee?> ChargerAsync(ConventionId id, CancellationToken cancellationToken)
    {
        var pk = id.ToString();
        var lignes = new List<LigneDeConventionEntity>();
        await foreach (var ligne in Table.QueryAsync<LigneDeConventionEntity>(
            l => l.PartitionKey == pk && (l.RowKey.CompareTo("audit-") < 0 || l.RowKey.CompareTo("audit.") >= 0),
            cancellationToken: cancellationToken))
        {
            lignes.Add(ligne);
        }

        if (lignes.Find(l => l.RowKey == ConventionMapper.Racine) is not { } racine)
        {
            return null;
        }

        var enregistree = ConventionMapper.DepuisLignes(lignes);
        var convention = Convention.Restaurer(enregistree, catalogue.Type(enregistree.Type));
        return new ConventionChargee(convention, racine.ETag, Empreintes(lignes), convention.ProchainesEcheances(Aujourdhui));
    }

    /// <summary>Saves a new convention (<paramref name="precedente"/> null) or the changes to a loaded one.</summary>
    public async Task<ConventionChargee> EnregistrerAsync(Convention convention, ConventionChargee? precedente, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var lignes = ConventionMapper.VersLignes(convention.Enregistrement());
        var empreintes = Empreintes(lignes);
        var actions = new List<TableTransactionAction>();
        foreach (var ligne in lignes)
        {
            if (ligne.RowKey == ConventionMapper.Racine)
            {
                actions.Add(precedente is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, ligne)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, ligne, precedente.ETag));
            }
            else if (precedente?.Empreintes.GetValueOrDefault(ligne.RowKey) != empreintes[ligne.RowKey])
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, ligne));
            }
        }

        var pk = convention.Id.ToString();
        actions.AddRange(convention.EntreesAJournaliser.Select((e, i) => new TableTransactionAction(TableTransactionActionType.Add, ConventionMapper.Audit(pk, e, i))));
        var reponses = await TransactionAsync(actions, cancellationToken, siNouveauDejaExistant: precedente is null);
        convention.MarquerJournalise();
        var etag = reponses[actions.FindIndex(a => a.Entity.RowKey == ConventionMapper.Racine)].Headers.ETag ?? default;
        var echeances = convention.ProchainesEcheances(Aujourdhui);
        await index.MettreAJourAsync(convention.Id, convention.Type.Code, precedente?.Echeances ?? [], echeances, cancellationToken);
        return new ConventionChargee(convention, etag, empreintes, echeances);
    }

    /// <summary>Loads, applies <paramref name="modification"/>, saves; on a concurrent change, starts again from a fresh read.</summary>
    public async Task<ConventionChargee> ModifierAsync(ConventionId id, Action<Convention> modification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modification);
        for (var tentative = 1; ; tentative++)
        {
            var chargee = await ChargerAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"Convention {id} does not exist.");
            modification(chargee.Convention);
            try
            {
                return await EnregistrerAsync(chargee.Convention, chargee, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (tentative < TentativesMaximales)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, Math.Min(500, 5 << Math.Min(tentative, 7)))), timeProvider, cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<LigneDeConventionEntity>> JournalAsync(ConventionId id, CancellationToken cancellationToken)
    {
        var journal = new List<LigneDeConventionEntity>();
        await foreach (var ligne in Table.QueryAsync<LigneDeConventionEntity>(
            l => l.PartitionKey == id.ToString() && l.RowKey.CompareTo("audit-") >= 0 && l.RowKey.CompareTo("audit.") < 0,
            cancellationToken: cancellationToken))
        {
            journal.Add(ligne);
        }

        return journal;
    }

    private DateOnly Aujourdhui => Bruxelles.Jour(timeProvider.GetUtcNow());

    private static Dictionary<string, string> Empreintes(IEnumerable<LigneDeConventionEntity> lignes) =>
        lignes.ToDictionary(l => l.RowKey, EmpreinteDeLigne, StringComparer.Ordinal);

    private static string EmpreinteDeLigne(LigneDeConventionEntity l) => string.Join('\u001f', typeof(LigneDeConventionEntity).GetProperties()
        .Where(p => p.Name is not (nameof(ITableEntity.ETag) or nameof(ITableEntity.Timestamp)))
        .Select(p => Convert.ToString(p.GetValue(l), System.Globalization.CultureInfo.InvariantCulture)));
}
