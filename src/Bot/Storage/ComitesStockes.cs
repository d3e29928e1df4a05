using System.Globalization;
using Azure.Data.Tables;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Valeurs;
using TeamsConventions.Application.Comites;
using static TeamsConventions.Bot.Storage.Colonnes;

namespace TeamsConventions.Bot.Storage;

public sealed record ComiteCharge(Comite Comite, EtatCharge Etat);

/// <summary>Committees on Azure Tables: composition and presidency mandates in the committee's partition.</summary>
public sealed class ComitesStockes(TableServiceClient service, TableNames tables, CatalogueDesConventions catalogue, TimeProvider timeProvider)
    : DepotDAgregat<LigneDeComiteEntity>(service, tables.Comites, timeProvider), IComites
{
    async Task<Comite?> IComites.ChargerAsync(ComiteId id, CancellationToken cancellationToken) => (await ChargerAsync(id, cancellationToken))?.Comite;

    async Task<Comite?> IComites.DuLieuAsync(LieuDuComite lieu, CancellationToken cancellationToken) =>
        (await ComiteDuCanalAsync(lieu.Equipe, lieu.Canal, cancellationToken))?.Comite;

    async Task<IReadOnlyList<Comite>> IComites.ParStatutsAsync(string statuts, CancellationToken cancellationToken)
    {
        var trouves = new List<Comite>();
        await foreach (var ligne in PartitionAsync(PartitionDesStatuts(statuts), cancellationToken))
        {
            if (Guid.TryParseExact(ligne.RowKey, "N", out var id) && await ChargerAsync(new ComiteId(id), cancellationToken) is { } charge)
            {
                trouves.Add(charge.Comite);
            }
        }

        return trouves;
    }

    Task IComites.EnregistrerAsync(Comite comite, CancellationToken cancellationToken) => EnregistrerAsync(comite, null, cancellationToken);

    Task<bool> IComites.LierAsync(LieuDuComite lieu, ComiteId comite, CancellationToken cancellationToken) =>
        LierAuCanalAsync(lieu.Equipe, lieu.Canal, comite, cancellationToken);

    Task<Comite?> IComites.ModifierAsync(ComiteId id, Action<Comite> modification, CancellationToken cancellationToken) =>
        SaufAbsentAsync(async () => (await ModifierAsync(id, modification, cancellationToken)).Comite);

    public async Task<ComiteCharge?> ChargerAsync(ComiteId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        if (etat is null)
        {
            return null;
        }

        var racine = lignes.Single(l => l.RowKey == Racine);
        var membres = lignes.Where(l => l.RowKey.StartsWith("membre-", StringComparison.Ordinal))
            .Select(l => new MembreDeComite(MembreId.Depuis(l.RowKey["membre-".Length..]), Requise(l.Nom), Requise(l.Cote), Requise(l.Organisation), l.Invite == true, Bce(l.BceDeLOrganisation)));
        var mandats = lignes.Where(l => l.RowKey.StartsWith("mandat-", StringComparison.Ordinal))
            .Select(l => new Mandat(MembreId.Depuis(l.President), l.VicePresident is null ? null : MembreId.Depuis(l.VicePresident), new Periode(Jour(Requise(l.Debut)), Jour(Requise(l.Fin)))));
        return new ComiteCharge(Comite.Restaurer(id, Requise(racine.Nom), catalogue.Comite(Requise(racine.Statuts)), membres, mandats), etat);
    }

    public async Task<ComiteCharge> EnregistrerAsync(Comite comite, ComiteCharge? precedent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comite);
        var pk = comite.Id.ToString();
        var lignes = new List<LigneDeComiteEntity> { new() { PartitionKey = pk, RowKey = Racine, Statuts = comite.Statuts.Code, Nom = comite.Nom } };
        lignes.AddRange(comite.Membres.Select(m => new LigneDeComiteEntity { PartitionKey = pk, RowKey = $"membre-{m.Membre}", Nom = m.Nom, Cote = m.Cote, Organisation = m.Organisation, Invite = m.Invite, BceDeLOrganisation = m.BceDeLOrganisation?.Chiffres }));
        lignes.AddRange(comite.Mandats.Select(m => new LigneDeComiteEntity
        {
            PartitionKey = pk, RowKey = $"mandat-{Texte(m.Periode.Debut)}", President = m.President.ToString(), VicePresident = m.VicePresident?.ToString(),
            Debut = Texte(m.Periode.Debut), Fin = Texte(m.Periode.Fin),
        }));
        return new ComiteCharge(comite, await EnregistrerLignesAsync(lignes, precedent?.Etat, comite, cancellationToken));
    }

    public Task<ComiteCharge> ModifierAsync(ComiteId id, Action<Comite> modification, CancellationToken cancellationToken) =>
        ModifierAsync(id.ToString(), ct => ChargerAsync(id, ct), c => c.Comite, modification, (c, ct) => EnregistrerAsync(c.Comite, c, ct), cancellationToken);

    /// <summary>
    /// Binds a committee to the team channel where it votes (one committee per channel). A binding to a committee
    /// that was never stored (a setup interrupted by an earlier version) is taken over; false when another live
    /// committee holds the channel.
    /// </summary>
    public async Task<bool> LierAuCanalAsync(string teamId, string channelId, ComiteId comite, CancellationToken cancellationToken)
    {
        var liaison = new LigneDeComiteEntity { PartitionKey = CleDuCanal(teamId, channelId), RowKey = "liaison", Nom = comite.ToString() };
        if (await AjouterAsync(liaison, cancellationToken))
        {
            await IndexerParStatutsAsync(comite, cancellationToken);
            return true;
        }

        if (await LireAsync(liaison.PartitionKey, liaison.RowKey, cancellationToken) is not { } existante
            || (existante.Nom is { } lie && Guid.TryParseExact(lie, "N", out var id) && await ChargerAsync(new ComiteId(id), cancellationToken) is not null))
        {
            return false;
        }

        liaison.ETag = existante.ETag;
        try
        {
            await RemplacerAsync(liaison, cancellationToken);
            await IndexerParStatutsAsync(comite, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    public async Task<ComiteCharge?> ComiteDuCanalAsync(string teamId, string channelId, CancellationToken cancellationToken) =>
        await LireAsync(CleDuCanal(teamId, channelId), "liaison", cancellationToken) is { Nom: { } id }
            ? await ChargerAsync(new ComiteId(Guid.ParseExact(id, "N")), cancellationToken)
            : null;

    /// <summary>A committee that sits somewhere is listed under its statutes (whom to tell when something awaits that kind of committee).</summary>
    private async Task IndexerParStatutsAsync(ComiteId comite, CancellationToken cancellationToken)
    {
        if (await ChargerAsync(comite, cancellationToken) is { } charge)
        {
            await EcraserAsync(new LigneDeComiteEntity { PartitionKey = PartitionDesStatuts(charge.Comite.Statuts.Code), RowKey = comite.ToString() }, cancellationToken);
        }
    }

    private static string PartitionDesStatuts(string statuts) => "statuts-" + TableKeys.Encoder(statuts);

    private static string CleDuCanal(string teamId, string channelId) => "canal-" + TableKeys.Encoder(teamId + "|" + channelId);

    private static string Texte(DateOnly jour) => jour.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static DateOnly Jour(string texte) => DateOnly.ParseExact(texte, "yyyyMMdd", CultureInfo.InvariantCulture);
}
