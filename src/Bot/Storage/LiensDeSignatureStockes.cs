using Azure;
using Azure.Data.Tables;
using Conventions.Accords;
using Conventions.Membres;
using Conventions.Valeurs;
using TeamsConventions.Application.Accords;

namespace TeamsConventions.Bot.Storage;

/// <summary>A signing link sent by e-mail. PK = its id (the hash of its secret), RK = <c>lien</c>: each link is its own partition.</summary>
public sealed class LienDeSignatureEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Convention { get; set; } = string.Empty;

    public int? Avenant { get; set; }

    public string Empreinte { get; set; } = string.Empty;

    public string Partie { get; set; } = string.Empty;

    public string Fonction { get; set; } = string.Empty;

    public string Signataire { get; set; } = string.Empty;

    public string Nom { get; set; } = string.Empty;

    public string Adresse { get; set; } = string.Empty;

    public DateTimeOffset Expiration { get; set; }

    public string? EmpreinteDuCode { get; set; }

    public DateTimeOffset? CodeValableJusqua { get; set; }

    public int CodesIncorrects { get; set; }

    public DateTimeOffset? UtiliseLe { get; set; }
}

/// <summary>The signing links on Azure Tables; a change is conditional on the row's ETag, re-read and re-applied on a conflict.</summary>
public sealed class LiensDeSignatureStockes(TableServiceClient service, TableNames tables) : TableRepository<LienDeSignatureEntity>(service, tables.LiensDeSignature), ILiensDeSignature
{
    private const string Ligne = "lien";
    private const int Essais = 5;

    public async Task EnregistrerAsync(LienDeSignature lien, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lien);
        if (!await AjouterAsync(Entite(lien, new LienDeSignatureEntity()), cancellationToken))
        {
            throw new InvalidOperationException("Two signing links drew the same 256-bit secret.");
        }
    }

    public async Task<LienDeSignature?> ChargerAsync(string id, CancellationToken cancellationToken) =>
        await LireAsync(id, Ligne, cancellationToken) is { } entite ? Lien(entite) : null;

    public async Task<LienDeSignature?> ModifierAsync(string id, Action<LienDeSignature> modification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modification);
        for (var essai = 1; ; essai++)
        {
            if (await LireAsync(id, Ligne, cancellationToken) is not { } entite)
            {
                return null;
            }

            var lien = Lien(entite);
            modification(lien);
            try
            {
                await RemplacerAsync(Entite(lien, entite), cancellationToken);
                return lien;
            }
            catch (ConcurrencyConflictException) when (essai < Essais)
            {
            }
        }
    }

    private static LienDeSignatureEntity Entite(LienDeSignature lien, LienDeSignatureEntity entite)
    {
        entite.PartitionKey = lien.Id;
        entite.RowKey = Ligne;
        entite.Convention = lien.Convention.ToString();
        entite.Avenant = lien.Avenant;
        entite.Empreinte = lien.Empreinte;
        entite.Partie = lien.Designation.Partie;
        entite.Fonction = lien.Designation.Fonction;
        entite.Signataire = lien.Designation.Signataire.ToString();
        entite.Nom = lien.Designation.Nom;
        entite.Adresse = lien.Adresse.Valeur;
        entite.Expiration = lien.Expiration;
        entite.EmpreinteDuCode = lien.EmpreinteDuCode;
        entite.CodeValableJusqua = lien.CodeValableJusqua;
        entite.CodesIncorrects = lien.CodesIncorrects;
        entite.UtiliseLe = lien.UtiliseLe;
        return entite;
    }

    private static LienDeSignature Lien(LienDeSignatureEntity e) => LienDeSignature.Restaurer(
        e.PartitionKey, new ConventionId(Guid.ParseExact(e.Convention, "N")), e.Avenant, e.Empreinte, new Designation(e.Partie, e.Fonction, MembreId.Depuis(e.Signataire), e.Nom),
        AdresseMail.Depuis(e.Adresse), e.Expiration, e.EmpreinteDuCode, e.CodeValableJusqua, e.CodesIncorrects, e.UtiliseLe);
}
