using Azure.Data.Tables;
using Conventions.Dossiers;
using Conventions.Membres;
using TeamsConventions.Application.Dossiers;
using static TeamsConventions.Bot.Storage.Colonnes;

namespace TeamsConventions.Bot.Storage;

public sealed record DossierCharge(DossierDeProposition Dossier, EtatCharge Etat);

/// <summary>Dossiers on Azure Tables: one row per field, so a save writes only the fields that changed.</summary>
public sealed class DossiersStockes(TableServiceClient service, TableNames tables, TimeProvider timeProvider)
    : DepotDAgregat<LigneDeDossierEntity>(service, tables.Dossiers, timeProvider), IDossiers
{
    Task<DossierDeProposition?> IDossiers.ModifierAsync(DossierId id, Action<DossierDeProposition> modification, CancellationToken cancellationToken) =>
        SaufAbsentAsync(async () => (await ModifierAsync(id, modification, cancellationToken)).Dossier);

    async Task IDossiers.CreerAsync(DossierDeProposition dossier, CancellationToken cancellationToken)
    {
        await EnregistrerAsync(dossier, null, cancellationToken);
        await IndexerParAppelAsync(dossier, cancellationToken);
    }

    async Task<DossierDeProposition?> IDossiers.ChargerAsync(DossierId id, CancellationToken cancellationToken) =>
        (await ChargerAsync(id, cancellationToken))?.Dossier;

    public async Task<DossierCharge?> ChargerAsync(DossierId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        if (etat is null)
        {
            return null;
        }

        var r = lignes.Single(l => l.RowKey == Racine);
        var enregistre = new DossierEnregistre(
            id,
            Requise(r.Appel),
            Requise(r.Type),
            MembreId.Depuis(r.Auteur),
            [.. lignes.Where(l => l.RowKey.StartsWith("editeur-", StringComparison.Ordinal)).Select(l => MembreId.Depuis(l.RowKey["editeur-".Length..]))],
            lignes.Where(l => l.RowKey.StartsWith("champ-", StringComparison.Ordinal)).ToDictionary(l => Requise(l.Champ), l => Requise(l.Valeur), StringComparer.Ordinal),
            Enum.Parse<EtatDuDossier>(Requise(r.Etat)),
            r.Version ?? 0,
            r.Empreinte,
            r.Commentaire,
            r.AvisFavorable,
            r.Motif);
        return new DossierCharge(DossierDeProposition.Restaurer(enregistre), etat);
    }

    public async Task<DossierCharge> EnregistrerAsync(DossierDeProposition dossier, DossierCharge? precedent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var d = dossier.Enregistrement();
        var pk = d.Id.ToString();
        var lignes = new List<LigneDeDossierEntity>
        {
            new()
            {
                PartitionKey = pk, RowKey = Racine, Appel = d.Appel, Type = d.Type, Auteur = d.Auteur.ToString(), Etat = d.Etat.ToString(), Version = d.Version,
                Empreinte = d.EmpreinteSoumise, Commentaire = d.CommentaireDeCorrection, AvisFavorable = d.AvisDePertinenceFavorable, Motif = d.MotifDeRejet,
            },
        };
        lignes.AddRange(d.Editeurs.Select(e => new LigneDeDossierEntity { PartitionKey = pk, RowKey = $"editeur-{e}" }));
        lignes.AddRange(d.Champs.Select(c => new LigneDeDossierEntity { PartitionKey = pk, RowKey = $"champ-{TableKeys.Encoder(c.Key)}", Champ = c.Key, Valeur = c.Value }));
        return new DossierCharge(dossier, await EnregistrerLignesAsync(lignes, precedent?.Etat, dossier, cancellationToken));
    }

    /// <summary>The index of a call's dossiers (for its reminders): partition <c>appel-{id}</c>, one row per dossier.</summary>
    public Task IndexerParAppelAsync(DossierDeProposition dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return EcraserAsync(new LigneDeDossierEntity { PartitionKey = PartitionDeLAppel(dossier.Appel), RowKey = dossier.Id.ToString() }, cancellationToken);
    }

    public async Task<IReadOnlyList<DossierId>> DuAppelAsync(string appel, CancellationToken cancellationToken)
    {
        var ids = new List<DossierId>();
        await foreach (var ligne in PartitionAsync(PartitionDeLAppel(appel), cancellationToken))
        {
            if (Guid.TryParseExact(ligne.RowKey, "N", out var id))
            {
                ids.Add(new DossierId(id));
            }
        }

        return ids;
    }

    /// <summary>True the first time only: a reminder is sent once per dossier and delay, whatever the number of instances.</summary>
    public Task<bool> MarquerRappelAsync(string appel, DossierId dossier, int joursAvant, CancellationToken cancellationToken) =>
        AjouterAsync(new LigneDeDossierEntity { PartitionKey = PartitionDeLAppel(appel), RowKey = $"rappel-{dossier}-{joursAvant}" }, cancellationToken);

    private static string PartitionDeLAppel(string appel) => "appel-" + TableKeys.Encoder(appel);

    /// <param name="dejaCharge">The dossier as just read, to save a read on the first attempt.</param>
    public Task<DossierCharge> ModifierAsync(DossierId id, Action<DossierDeProposition> modification, CancellationToken cancellationToken, DossierCharge? dejaCharge = null) =>
        ModifierAsync(id.ToString(), ct => ChargerAsync(id, ct), c => c.Dossier, modification, (c, ct) => EnregistrerAsync(c.Dossier, c, ct), cancellationToken, dejaCharge);
}
