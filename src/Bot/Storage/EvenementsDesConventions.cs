using Azure;
using Azure.Data.Tables;
using Conventions.Accords;
using TeamsConventions.Application.Accords;

namespace TeamsConventions.Bot.Storage;

/// <summary>A convention event waiting for those who act on it. PK = the event (<c>convention-signee</c>), RK = the convention.</summary>
public sealed class EvenementDeConventionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Empreinte { get; set; }

    public DateTimeOffset? Le { get; set; }
}

/// <summary>
/// The "convention signed" and "amendment signed" events on Azure Tables, one row each (written again, it stays one): filing and
/// the evaluations read them and take them when done.
/// </summary>
public sealed class EvenementsDesConventions(TableServiceClient service, TableNames tables, SignalDesEvenements signal, TimeProvider timeProvider)
    : TableRepository<EvenementDeConventionEntity>(service, tables.EvenementsDesConventions), IEvenementsDesConventions, TeamsConventions.Application.Classement.IConventionsSignees
{
    public const string Signee = "convention-signee";
    public const string AvenantSigne = "avenant-signe";
    public const string EnVigueurAAnnoncer = "en-vigueur-a-annoncer";

    public Task SigneeAsync(Convention convention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return AjouterAsync(new EvenementDeConventionEntity { PartitionKey = Signee, RowKey = convention.Id.ToString(), Empreinte = convention.EmpreinteEnVigueur, Le = timeProvider.GetUtcNow() }, cancellationToken);
    }

    /// <summary>RK = the convention and the amendment's version (<c>{id}-002</c>).</summary>
    public Task AvenantSigneAsync(Convention convention, Avenant avenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(avenant);
        return AjouterAsync(
            new EvenementDeConventionEntity { PartitionKey = AvenantSigne, RowKey = $"{convention.Id}-{avenant.Version:D3}", Empreinte = avenant.Empreinte, Le = timeProvider.GetUtcNow() },
            cancellationToken);
    }

    /// <summary>The signed amendments not taken yet: their convention and version.</summary>
    public async Task<IReadOnlyList<(ConventionId Convention, int Version)>> AvenantsSignesAsync(CancellationToken cancellationToken)
    {
        var avenants = new List<(ConventionId, int)>();
        await foreach (var ligne in PartitionAsync(AvenantSigne, cancellationToken))
        {
            avenants.Add((new ConventionId(Guid.ParseExact(ligne.RowKey[..32], "N")), int.Parse(ligne.RowKey[33..], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return avenants;
    }

    public async Task EnVigueurAAnnoncerAsync(Convention convention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        await EcraserAsync(new EvenementDeConventionEntity { PartitionKey = EnVigueurAAnnoncer, RowKey = convention.Id.ToString(), Empreinte = convention.EmpreinteEnVigueur, Le = timeProvider.GetUtcNow() }, cancellationToken);
        signal.Reveiller();
    }

    public async Task<IReadOnlyList<ConventionId>> EnVigueurAAnnoncerAsync(CancellationToken cancellationToken)
    {
        var ids = new List<ConventionId>();
        await foreach (var ligne in PartitionAsync(EnVigueurAAnnoncer, cancellationToken))
        {
            ids.Add(new ConventionId(Guid.ParseExact(ligne.RowKey, "N")));
        }

        return ids;
    }

    public Task EnVigueurAnnonceeAsync(ConventionId convention, CancellationToken cancellationToken) => SupprimerAsync(EnVigueurAAnnoncer, convention.ToString(), cancellationToken);

    /// <summary>The signed conventions not taken yet.</summary>
    public async Task<IReadOnlyList<ConventionId>> SigneesAsync(CancellationToken cancellationToken)
    {
        var ids = new List<ConventionId>();
        await foreach (var ligne in PartitionAsync(Signee, cancellationToken))
        {
            ids.Add(new ConventionId(Guid.ParseExact(ligne.RowKey, "N")));
        }

        return ids;
    }
}
