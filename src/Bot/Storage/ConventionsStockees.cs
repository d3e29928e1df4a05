using Azure.Data.Tables;
using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Membres;
using TeamsConventions.Application.Accords;

namespace TeamsConventions.Bot.Storage;

/// <summary>A convention as loaded, with what its next save needs and the due dates it had.</summary>
public sealed record ConventionChargee(Convention Convention, EtatCharge Etat, IReadOnlyList<Echeance> Echeances);

/// <summary>Conventions on Azure Tables (see <see cref="DepotDAgregat{TEntity}"/>); the due-date index follows every save.</summary>
public sealed class ConventionsStockees(TableServiceClient service, TableNames tables, CatalogueDesConventions catalogue, EcheancesIndexees index, TimeProvider timeProvider)
    : DepotDAgregat<LigneDeConventionEntity>(service, tables.Conventions, timeProvider), IConventions
{
    private const string EnSignature = "en-signature";

    async Task<Convention?> IConventions.ChargerAsync(ConventionId id, CancellationToken cancellationToken) => (await ChargerAsync(id, cancellationToken))?.Convention;

    async Task<bool> IConventions.CreerAsync(Convention convention, CancellationToken cancellationToken)
    {
        try
        {
            await EnregistrerAsync(convention, null, cancellationToken);
            await EcraserAsync(new LigneDeConventionEntity { PartitionKey = EnSignature, RowKey = $"0-{convention.Id}" }, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    Task<Convention?> IConventions.ModifierAsync(ConventionId id, Action<Convention> modification, CancellationToken cancellationToken) =>
        SaufAbsentAsync(async () => (await ModifierAsync(id, modification, cancellationToken)).Convention);

    async Task<IReadOnlyList<Convention>> IConventions.DuMembreAsync(MembreId membre, CancellationToken cancellationToken)
    {
        var lues = await ListerAsync($"membre-{membre}", async (id, ct) => Guid.TryParseExact(id, "N", out var guid) ? (await ChargerAsync(new ConventionId(guid), ct))?.Convention : null, cancellationToken);
        lues.Reverse();
        return lues;
    }

    /// <summary>Read filtered by state: a convention listed here that has come into force since is passed over.</summary>
    async Task<IReadOnlyList<Convention>> IConventions.EnSignatureAsync(CancellationToken cancellationToken) =>
        [.. (await ListerAsync(EnSignature, async (id, ct) => Guid.TryParseExact(id, "N", out var guid) ? (await ChargerAsync(new ConventionId(guid), ct))?.Convention : null, cancellationToken))
            .Where(c => c.DateDeSignature is null)];

    Task IConventions.AssocierAsync(ConventionId convention, MembreId membre, CancellationToken cancellationToken) =>
        EcraserAsync(new LigneDeConventionEntity { PartitionKey = $"membre-{membre}", RowKey = $"0-{convention}" }, cancellationToken);

    public async Task<ConventionChargee?> ChargerAsync(ConventionId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        if (etat is null)
        {
            return null;
        }

        var enregistree = ConventionMapper.DepuisLignes(lignes);
        var convention = Convention.Restaurer(enregistree, catalogue.Type(enregistree.Type));
        return new ConventionChargee(convention, etat, convention.ProchainesEcheances(Aujourdhui));
    }

    /// <summary>Saves a new convention (<paramref name="precedente"/> null) or the changes to a loaded one.</summary>
    public async Task<ConventionChargee> EnregistrerAsync(Convention convention, ConventionChargee? precedente, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var etat = await EnregistrerLignesAsync(ConventionMapper.VersLignes(convention.Enregistrement()), precedente?.Etat, convention, cancellationToken);
        var echeances = convention.ProchainesEcheances(Aujourdhui);
        await index.MettreAJourAsync(convention.Id, convention.Type.Code, precedente?.Echeances ?? [], echeances, cancellationToken);
        return new ConventionChargee(convention, etat, echeances);
    }

    public Task<ConventionChargee> ModifierAsync(ConventionId id, Action<Convention> modification, CancellationToken cancellationToken) =>
        ModifierAsync(id.ToString(), ct => ChargerAsync(id, ct), c => c.Convention, modification, (c, ct) => EnregistrerAsync(c.Convention, c, ct), cancellationToken);

    private DateOnly Aujourdhui => Bruxelles.Jour(Horloge.GetUtcNow());
}
