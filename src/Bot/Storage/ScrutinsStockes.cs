using Azure.Data.Tables;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Votes;

namespace TeamsConventions.Bot.Storage;

public sealed record ScrutinCharge(Scrutin Scrutin, EtatCharge Etat);

/// <summary>
/// Votes on Azure Tables, one partition per vote, each ballot its own row. Every ballot is saved with the root
/// row's ETag, so that no ballot lands after the close; the committee votes' concurrency is handled by
/// re-reading and re-applying.
/// </summary>
public sealed class ScrutinsStockes(TableServiceClient service, TableNames tables, TimeProvider timeProvider)
    : DepotDAgregat<LigneDeScrutinEntity>(service, tables.Scrutins, timeProvider)
{
    public async Task<ScrutinCharge?> ChargerAsync(ScrutinId id, CancellationToken cancellationToken)
    {
        var (lignes, etat) = await ChargerLignesAsync(id.ToString(), cancellationToken);
        if (etat is null)
        {
            return null;
        }

        var r = lignes.Single(l => l.RowKey == Racine);
        var avec = (string prefixe) => lignes.Where(l => l.RowKey.StartsWith(prefixe, StringComparison.Ordinal)).Select(l => (Ligne: l, Cle: l.RowKey[prefixe.Length..]));
        var enregistre = new ScrutinEnregistre(
            id,
            new ComiteId(Guid.ParseExact(r.Comite!, "N")),
            new ObjetDuVote(Enum.Parse<NatureDeLObjet>(r.Nature!), r.Reference!, r.Intitule!, r.Empreinte!, r.Demandeur),
            new RegleDeDecision((decimal)r.Quorum!.Value, r.VoixPreponderante == true),
            r.PariteCotes is null ? null : new Parite(r.PariteCotes.Split('\n'), (decimal)r.PariteMinimale!.Value),
            r.Secret == true,
            r.Echeance!.Value,
            r.President is null ? null : MembreId.Depuis(r.President),
            [.. avec("electeur-").Select(e => new MembreDeComite(MembreId.Depuis(e.Cle), e.Ligne.Nom!, e.Ligne.Cote!, e.Ligne.Organisation!))],
            [.. avec("recuse-").Select(e => MembreId.Depuis(e.Cle))],
            avec("participation-").ToDictionary(p => MembreId.Depuis(p.Cle), p => p.Ligne.Le!.Value),
            avec("choix-").ToDictionary(c => c.Cle, c => Enum.Parse<Choix>(c.Ligne.Choix!), StringComparer.Ordinal),
            r.Sel,
            r.ClosLe);
        return new ScrutinCharge(Scrutin.Restaurer(enregistre), etat);
    }

    public async Task<ScrutinCharge> EnregistrerAsync(Scrutin scrutin, ScrutinCharge? precedent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scrutin);
        var s = scrutin.Enregistrement();
        var pk = s.Id.ToString();
        var lignes = new List<LigneDeScrutinEntity>
        {
            new()
            {
                PartitionKey = pk, RowKey = Racine, Comite = s.Comite.ToString(), Nature = s.Objet.Nature.ToString(), Reference = s.Objet.Reference, Intitule = s.Objet.Intitule,
                Empreinte = s.Objet.EmpreinteDocument, Demandeur = s.Objet.OrganisationDemandeuse, Quorum = (double)s.Regle.Quorum, VoixPreponderante = s.Regle.VoixPreponderanteDuPresident,
                PariteCotes = s.Parite is null ? null : string.Join('\n', s.Parite.Cotes), PariteMinimale = s.Parite is null ? null : (double)s.Parite.PresenceMinimaleParCote,
                Secret = s.Secret, Echeance = s.Echeance, President = s.President?.ToString(), Sel = s.Sel, ClosLe = s.ClosLe,
            },
        };
        lignes.AddRange(s.Electeurs.Select(e => new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"electeur-{e.Membre}", Nom = e.Nom, Cote = e.Cote, Organisation = e.Organisation }));
        lignes.AddRange(s.Recuses.Select(m => new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"recuse-{m}" }));
        lignes.AddRange(s.Participations.Select(p => new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"participation-{p.Key}", Le = p.Value }));
        lignes.AddRange(s.Choix.Select(c => new LigneDeScrutinEntity { PartitionKey = pk, RowKey = $"choix-{c.Key}", Choix = c.Value.ToString() }));
        return new ScrutinCharge(scrutin, await EnregistrerLignesAsync(lignes, precedent?.Etat, scrutin, cancellationToken));
    }

    public Task<ScrutinCharge> ModifierAsync(ScrutinId id, Action<Scrutin> modification, CancellationToken cancellationToken) =>
        ModifierAsync(id.ToString(), ct => ChargerAsync(id, ct), c => c.Scrutin, modification, (c, ct) => EnregistrerAsync(c.Scrutin, c, ct), cancellationToken);
}
