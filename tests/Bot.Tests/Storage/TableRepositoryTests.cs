using Azure;
using Azure.Data.Tables;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;

namespace TeamsConventions.Bot.Tests.Storage;

[Collection(AzuriteGroupe.Nom)]
public sealed class TableRepositoryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private Depot _depot = null!;

    public async Task InitializeAsync()
    {
        var service = new TableServiceClient(azurite.Azurite.ConnectionString);
        var table = "essai" + Guid.NewGuid().ToString("N")[..10];
        await service.CreateTableAsync(table);
        _depot = new Depot(service, table);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Replace_WithAStaleETag_IsAConcurrencyConflictAndKeepsTheOtherWrite()
    {
        await _depot.Ajouter(new LigneEssai { PartitionKey = "vote-1", RowKey = "decompte", Valeur = "0" });
        var lueParA = (await _depot.Lire("vote-1", "decompte"))!;
        var lueParB = (await _depot.Lire("vote-1", "decompte"))!;

        lueParA.Valeur = "A";
        await _depot.Remplacer(lueParA);
        lueParB.Valeur = "B";

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _depot.Remplacer(lueParB));
        Assert.Equal("A", (await _depot.Lire("vote-1", "decompte"))!.Valeur);
    }

    [Fact]
    public async Task Replace_WithTheETagItGotBack_CanWriteAgain()
    {
        var ligne = new LigneEssai { PartitionKey = "p", RowKey = "r", Valeur = "1" };
        await _depot.Ajouter(ligne);

        ligne.Valeur = "2";
        await _depot.Remplacer(ligne);
        ligne.Valeur = "3";
        await _depot.Remplacer(ligne);

        Assert.Equal("3", (await _depot.Lire("p", "r"))!.Valeur);
    }

    [Fact]
    public async Task Add_Twice_SecondSaysItExists()
    {
        Assert.True(await _depot.Ajouter(new LigneEssai { PartitionKey = "p", RowKey = "unique" }));
        Assert.False(await _depot.Ajouter(new LigneEssai { PartitionKey = "p", RowKey = "unique" }));
    }

    [Fact]
    public async Task Transaction_IsAllOrNothing()
    {
        await _depot.Ajouter(new LigneEssai { PartitionKey = "dossier-9", RowKey = "existant" });
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new LigneEssai { PartitionKey = "dossier-9", RowKey = "nouveau" }),
            new(TableTransactionActionType.Add, new LigneEssai { PartitionKey = "dossier-9", RowKey = "existant" }),
        };

        await Assert.ThrowsAsync<TableTransactionFailedException>(() => _depot.Transaction(actions));
        Assert.Null(await _depot.Lire("dossier-9", "nouveau"));
    }

    [Fact]
    public async Task Transaction_AcrossPartitionsOrOver100_IsRefusedBeforeAnyWrite()
    {
        var deuxPartitions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new LigneEssai { PartitionKey = "a", RowKey = "1" }),
            new(TableTransactionActionType.Add, new LigneEssai { PartitionKey = "b", RowKey = "1" }),
        };
        var trop = Enumerable.Range(0, 101)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new LigneEssai { PartitionKey = "c", RowKey = i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) }))
            .ToList();

        await Assert.ThrowsAsync<StorageLimitException>(() => _depot.Transaction(deuxPartitions));
        await Assert.ThrowsAsync<StorageLimitException>(() => _depot.Transaction(trop));
        Assert.Null(await _depot.Lire("a", "1"));
    }

    [Fact]
    public async Task Write_OverTheRealServiceLimits_IsRefusedEvenThoughAzuriteWouldAcceptIt()
    {
        var tropLong = new LigneEssai { PartitionKey = "p", RowKey = "long", Valeur = new string('é', 33 * 1024) };
        var cleInterdite = new LigneEssai { PartitionKey = "p", RowKey = "a/b" };

        var erreur = await Assert.ThrowsAsync<StorageLimitException>(() => _depot.Ajouter(tropLong));
        await Assert.ThrowsAsync<StorageLimitException>(() => _depot.Ajouter(cleInterdite));
        Assert.Contains("Valeur", erreur.Message, StringComparison.Ordinal);
        Assert.Null(await _depot.Lire("p", "long"));
    }

    private sealed class Depot(TableServiceClient service, string table) : TableRepository<LigneEssai>(service, table)
    {
        public Task<LigneEssai?> Lire(string pk, string rk) => LireAsync(pk, rk, CancellationToken.None);

        public Task<bool> Ajouter(LigneEssai ligne) => AjouterAsync(ligne, CancellationToken.None);

        public Task Remplacer(LigneEssai ligne) => RemplacerAsync(ligne, CancellationToken.None);

        public Task<IReadOnlyList<Response>> Transaction(List<TableTransactionAction> actions) => TransactionAsync(actions, CancellationToken.None);
    }

    private sealed class LigneEssai : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;

        public string RowKey { get; set; } = string.Empty;

        public DateTimeOffset? Timestamp { get; set; }

        public ETag ETag { get; set; }

        public string? Valeur { get; set; }
    }
}
