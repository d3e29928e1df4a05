using System.Globalization;
using Azure.Data.Tables;
using Conventions.Accords;
using Conventions.Membres;
using TeamsConventions.Application.Accords;
using static TeamsConventions.Bot.Storage.Colonnes;

namespace TeamsConventions.Bot.Storage;

public sealed record ProjetDeConventionCharge(ProjetDeConvention Projet, EtatCharge Etat);

/// <summary>The drafts of conventions on Azure Tables: one partition each, indexed by drafter.</summary>
public sealed class ProjetsDeConventionStockes(TableServiceClient service, TableNames tables, TimeProvider timeProvider)
    : DepotDAgregat<LigneDeProjetDeConventionEntity>(service, tables.ProjetsDeConvention, timeProvider), IProjetsDeConvention
{
    private const string Champs = "champs";

    public async Task<ProjetDeConvention?> ChargerAsync(ConventionId id, CancellationToken cancellationToken) =>
        (await ChargerAvecEtatAsync(id, cancellationToken))?.Projet;

    public async Task CreerAsync(ProjetDeConvention projet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projet);
        await EnregistrerAsync(projet, null, cancellationToken);
        await IndexerAsync(projet, cancellationToken);
    }

    public Task<ProjetDeConvention?> ModifierAsync(ConventionId id, Action<ProjetDeConvention> modification, CancellationToken cancellationToken) => SaufAbsentAsync(async () =>
    {
        var avant = 0;
        var projet = (await ModifierAsync(id.ToString(), ct => ChargerAvecEtatAsync(id, ct), c => c.Projet, p =>
        {
            avant = p.Redacteurs.Count;
            modification(p);
        }, (c, ct) => EnregistrerAsync(c.Projet, c.Etat, ct), cancellationToken)).Projet;
        if (projet.Redacteurs.Count != avant)
        {
            await IndexerAsync(projet, cancellationToken);
        }

        return projet;
    });

    public async Task<IReadOnlyList<ProjetDeConvention>> DuRedacteurAsync(MembreId membre, CancellationToken cancellationToken) =>
        [.. (await ListerAsync($"redacteur-{membre}", async (id, ct) => Guid.TryParseExact(id, "N", out var guid) ? await ChargerAsync(new ConventionId(guid), ct) : null, cancellationToken))
            .Where(p => !p.Redige && p.EstRedacteur(membre))];

    /// <summary>Each drafter's index row, written again harmlessly (same key); read filtered, so one left behind is harmless.</summary>
    private async Task IndexerAsync(ProjetDeConvention projet, CancellationToken cancellationToken)
    {
        foreach (var redacteur in projet.Redacteurs)
        {
            await EcraserAsync(new LigneDeProjetDeConventionEntity { PartitionKey = $"redacteur-{redacteur.Membre}", RowKey = projet.Id.ToString() }, cancellationToken);
        }
    }

    private async Task<ProjetDeConventionCharge?> ChargerAvecEtatAsync(ConventionId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        if (etat is null)
        {
            return null;
        }

        var r = lignes.Single(l => l.RowKey == Racine);
        var redacteurs = lignes.Where(l => l.RowKey.StartsWith("redacteur-", StringComparison.Ordinal)).OrderBy(l => l.RowKey, StringComparer.Ordinal)
            .Select(l => new Redacteur(MembreId.Depuis(l.Acteur), Requise(l.Nom))).ToList();
        var projet = ProjetDeConvention.Restaurer(new ProjetDeConventionEnregistre(id, Requise(r.Type), redacteurs, ChampsEnMorceaux.Recoller(lignes, Champs, l => l.Champs), r.Redige == true));
        return new ProjetDeConventionCharge(projet, etat);
    }

    private async Task<ProjetDeConventionCharge> EnregistrerAsync(ProjetDeConvention projet, EtatCharge? precedent, CancellationToken cancellationToken)
    {
        var pk = projet.Id.ToString();
        var lignes = new List<LigneDeProjetDeConventionEntity> { new() { PartitionKey = pk, RowKey = Racine, Type = projet.Type, Redige = projet.Redige } };
        lignes.AddRange(ChampsEnMorceaux.Decouper(Champs, projet.Champs).Select(m => new LigneDeProjetDeConventionEntity { PartitionKey = pk, RowKey = m.RowKey, Champs = m.Morceau }));
        lignes.AddRange(projet.Redacteurs.Select((r, i) => new LigneDeProjetDeConventionEntity
        {
            PartitionKey = pk, RowKey = string.Create(CultureInfo.InvariantCulture, $"redacteur-{i:D2}"), Acteur = r.Membre.ToString(), Nom = r.Nom,
        }));
        return new ProjetDeConventionCharge(projet, await EnregistrerLignesAsync(lignes, precedent, projet, cancellationToken));
    }
}
