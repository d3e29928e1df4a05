using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Conventions.Comites;
using Conventions.Seances;
using Conventions.Votes;
using TeamsConventions.Application.Seances;
using static TeamsConventions.Bot.Storage.Colonnes;

namespace TeamsConventions.Bot.Storage;

public sealed record SeanceChargee(Seance Seance, EtatCharge Etat);

/// <summary>The committees' meetings on Azure Tables: one partition each (its agenda and minutes in its root row), indexed by committee and date.</summary>
public sealed class SeancesStockees(TableServiceClient service, TableNames tables, TimeProvider timeProvider)
    : DepotDAgregat<LigneDeSeanceEntity>(service, tables.Seances, timeProvider), ISeances
{
    public async Task<Seance?> ChargerAsync(SeanceId id, CancellationToken cancellationToken) => (await ChargerAvecEtatAsync(id, cancellationToken))?.Seance;

    public async Task<IReadOnlyList<Seance>> DuComiteAsync(ComiteId comite, CancellationToken cancellationToken) =>
        await ListerAsync($"comite-{comite}", async (id, ct) => SeanceId.Lire(id) is { } seance ? await ChargerAsync(seance, ct) : null, cancellationToken);

    public async Task CreerAsync(Seance seance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seance);
        await EnregistrerAsync(seance, null, cancellationToken);
        await EcraserAsync(new LigneDeSeanceEntity { PartitionKey = $"comite-{seance.Comite}", RowKey = $"{seance.Date.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{seance.Id}" }, cancellationToken);
    }

    public Task<Seance?> ModifierAsync(SeanceId id, Action<Seance> modification, CancellationToken cancellationToken) => SaufAbsentAsync(async () =>
        (await ModifierAsync(id.ToString(), ct => ChargerAvecEtatAsync(id, ct), c => c.Seance, modification, (c, ct) => EnregistrerAsync(c.Seance, c.Etat, ct), cancellationToken)).Seance);

    private async Task<SeanceChargee?> ChargerAvecEtatAsync(SeanceId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        if (etat is null)
        {
            return null;
        }

        var r = lignes.Single(l => l.RowKey == Racine);
        var points = (JsonSerializer.Deserialize<List<PointStocke>>(r.Points ?? "[]") ?? []).Select(p => new PointDeLOrdreDuJour(
            new ScrutinId(Guid.ParseExact(p.Scrutin, "N")), Enum.Parse<NatureDeLObjet>(p.Nature), p.Reference, p.Intitule, p.Empreinte, p.Secret));
        var decisions = (JsonSerializer.Deserialize<List<DecisionStockee>>(r.Decisions ?? "[]") ?? []).Select(d => new DecisionConsignee(
            new ScrutinId(Guid.ParseExact(d.Scrutin, "N")), d.Intitule, Enum.Parse<Decision>(d.Decision), d.Pour, d.Contre, d.Abstention, d.ClosLe));
        var seance = Seance.Restaurer(
            id, new ComiteId(Guid.ParseExact(Requise(r.Comite), "N")), Enum.Parse<ModeDeSeance>(Requise(r.Mode)), Requise(r.Date), points, decisions, r.Notes,
            Enum.Parse<EtatDuCompteRendu>(Requise(r.CompteRendu)), r.Empreinte, r.Motif);
        return new SeanceChargee(seance, etat);
    }

    private async Task<SeanceChargee> EnregistrerAsync(Seance seance, EtatCharge? precedent, CancellationToken cancellationToken)
    {
        var racine = new LigneDeSeanceEntity
        {
            PartitionKey = seance.Id.ToString(), RowKey = Racine, Comite = seance.Comite.ToString(), Mode = seance.Mode.ToString(), Date = seance.Date,
            Points = JsonSerializer.Serialize(seance.Points.Select(p => new PointStocke(p.Scrutin.ToString(), p.Nature.ToString(), p.Reference, p.Intitule, p.Empreinte, p.Secret))),
            Decisions = JsonSerializer.Serialize(seance.Decisions.Select(d => new DecisionStockee(d.Scrutin.ToString(), d.Intitule, d.Decision.ToString(), d.Pour, d.Contre, d.Abstention, d.ClosLe))),
            Notes = seance.Notes, CompteRendu = seance.CompteRendu.ToString(), Empreinte = seance.EmpreinteDuCompteRendu, Motif = seance.MotifDuRetour,
        };
        return new SeanceChargee(seance, await EnregistrerLignesAsync([racine], precedent, seance, cancellationToken));
    }

    private sealed record PointStocke(string Scrutin, string Nature, string Reference, string Intitule, string Empreinte, bool Secret);

    private sealed record DecisionStockee(string Scrutin, string Intitule, string Decision, int Pour, int Contre, int Abstention, DateTimeOffset ClosLe);
}
