using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Conventions.Actions;
using Conventions.Comites;
using TeamsConventions.Application.ConventionsParticulieres;
using static TeamsConventions.Bot.Storage.Colonnes;

namespace TeamsConventions.Bot.Storage;

public sealed record ConventionParticuliereChargee(ProjetDeConventionParticuliere Projet, EtatCharge Etat);

/// <summary>The particular conventions on Azure Tables: one partition each, indexed by committee and while awaiting validation.</summary>
public sealed class ConventionsParticulieresStockees(TableServiceClient service, TableNames tables, TimeProvider timeProvider)
    : DepotDAgregat<LigneDeConventionParticuliereEntity>(service, tables.ConventionsParticulieres, timeProvider), IConventionsParticulieres
{
    private const string AValider = "a-valider";

    public async Task<ProjetDeConventionParticuliere?> ChargerAsync(ConventionParticuliereId id, CancellationToken cancellationToken) =>
        (await ChargerAvecEtatAsync(id, cancellationToken))?.Projet;

    public async Task<IReadOnlyList<ProjetDeConventionParticuliere>> DuComiteAsync(ComiteId comite, CancellationToken cancellationToken) =>
        await ListerAsync($"comite-{comite}", cancellationToken);

    async Task<IReadOnlyList<ProjetDeConventionParticuliere>> IConventionsParticulieres.AValiderAsync(CancellationToken cancellationToken) =>
        [.. (await ListerAsync(AValider, cancellationToken)).Where(p => p.Etat == EtatDuProjet.AValider)];

    public async Task CreerAsync(ProjetDeConventionParticuliere projet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projet);
        await EnregistrerAsync(projet, null, cancellationToken);
        var ordre = Horloge.GetUtcNow().UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        await EcraserAsync(new LigneDeConventionParticuliereEntity { PartitionKey = $"comite-{projet.Comite}", RowKey = $"{ordre}-{projet.Id}" }, cancellationToken);
    }

    public Task<ProjetDeConventionParticuliere?> ModifierAsync(ConventionParticuliereId id, Action<ProjetDeConventionParticuliere> modification, CancellationToken cancellationToken) => SaufAbsentAsync(async () =>
    {
        var projet = (await ModifierAsync(id.ToString(), ct => ChargerAvecEtatAsync(id, ct), c => c.Projet, modification, (c, ct) => EnregistrerAsync(c.Projet, c.Etat, ct), cancellationToken)).Projet;
        if (projet.Etat == EtatDuProjet.AValider)
        {
            // Read filtered by state: a row left behind once validated is harmless.
            await EcraserAsync(new LigneDeConventionParticuliereEntity { PartitionKey = AValider, RowKey = $"0-{projet.Id}" }, cancellationToken);
        }

        return projet;
    });

    private Task<List<ProjetDeConventionParticuliere>> ListerAsync(string partition, CancellationToken cancellationToken) =>
        ListerAsync(partition, async (id, ct) => ConventionParticuliereId.Lire(id) is { } projet ? await ChargerAsync(projet, ct) : null, cancellationToken);

    private async Task<ConventionParticuliereChargee?> ChargerAvecEtatAsync(ConventionParticuliereId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        if (etat is null)
        {
            return null;
        }

        var r = lignes.Single(l => l.RowKey == Racine);
        var projet = ProjetDeConventionParticuliere.Restaurer(
            id, Requise(r.Type), new ComiteId(Guid.ParseExact(Requise(r.Comite), "N")), Enum.Parse<EtatDuProjet>(Requise(r.Etat)), r.Version ?? 0, r.Empreinte, r.Motif,
            JsonSerializer.Deserialize<Dictionary<string, string>>(r.Champs ?? "{}") ?? []);
        return new ConventionParticuliereChargee(projet, etat);
    }

    private async Task<ConventionParticuliereChargee> EnregistrerAsync(ProjetDeConventionParticuliere projet, EtatCharge? precedent, CancellationToken cancellationToken)
    {
        var racine = new LigneDeConventionParticuliereEntity
        {
            PartitionKey = projet.Id.ToString(), RowKey = Racine, Type = projet.Type, Comite = projet.Comite.ToString(), Etat = projet.Etat.ToString(), Version = projet.Version,
            Empreinte = projet.EmpreinteSoumise, Motif = projet.MotifDuRetour, Champs = JsonSerializer.Serialize(projet.Champs),
        };
        return new ConventionParticuliereChargee(projet, await EnregistrerLignesAsync([racine], precedent, projet, cancellationToken));
    }
}
