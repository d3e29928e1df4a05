using Azure;
using Azure.Data.Tables;
using Conventions.Accords;
using TeamsConventions.Application.Classement;

namespace TeamsConventions.Bot.Storage;

/// <summary>A filed document. PK = the convention, RK = the document (<c>convention-v3</c>).</summary>
public sealed class ClassementEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Nom { get; set; } = string.Empty;

    public string Lien { get; set; } = string.Empty;

    public string Identifiant { get; set; } = string.Empty;
}

/// <summary>What has been filed for each convention, on Azure Tables; written again, it stays one row.</summary>
public sealed class ClassementsStockes(TableServiceClient service, TableNames tables) : TableRepository<ClassementEntity>(service, tables.Classements), IClassements
{
    public async Task<IReadOnlyDictionary<string, DocumentClasse>> DeLaConventionAsync(ConventionId convention, CancellationToken cancellationToken)
    {
        var classes = new Dictionary<string, DocumentClasse>(StringComparer.Ordinal);
        await foreach (var ligne in PartitionAsync(convention.ToString(), cancellationToken))
        {
            classes[ligne.RowKey] = Classe(ligne);
        }

        return classes;
    }

    public Task EnregistrerAsync(ConventionId convention, string document, DocumentClasse classe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(classe);
        return EcraserAsync(new ClassementEntity { PartitionKey = convention.ToString(), RowKey = document, Nom = classe.Nom, Lien = classe.Lien.AbsoluteUri, Identifiant = classe.Identifiant }, cancellationToken);
    }

    private static DocumentClasse Classe(ClassementEntity ligne) => new(ligne.Nom, new Uri(ligne.Lien), ligne.Identifiant);
}
