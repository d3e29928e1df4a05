using Azure.Data.Tables;
using Conventions.Membres;
using Conventions.Suivi;

namespace TeamsConventions.Bot.Storage;

/// <summary>The items each member follows, one partition per member: listing them is one partition query.</summary>
public sealed class ElementsSuivis(TableServiceClient service, TableNames tables)
    : TableRepository<ElementSuiviEntity>(service, tables.ElementsSuivis), IElementsSuivis
{
    public async Task<IReadOnlyList<ElementSuivi>> ListerAsync(MembreId membre, CancellationToken cancellationToken)
    {
        var elements = new List<ElementSuivi>();
        await foreach (var entite in PartitionAsync(membre.ToString(), cancellationToken))
        {
            elements.Add(VersDomaine(entite));
        }

        return elements;
    }

    public async Task EnregistrerAsync(MembreId membre, ElementSuivi element, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(element);
        var entite = new ElementSuiviEntity
        {
            PartitionKey = membre.ToString(),
            RowKey = $"{element.Nature}:{TableKeys.Encoder(element.Reference)}",
            Nature = element.Nature.ToString(),
            Reference = element.Reference,
            Intitule = element.Intitule,
            Etat = element.Etat.ToString(),
            Echeance = element.Echeance,
            Avancement = element.Avancement,
        };
        await EcraserAsync(entite, cancellationToken);
    }

    private static ElementSuivi VersDomaine(ElementSuiviEntity e) => new(
        e.Reference,
        Enum.Parse<NatureElement>(e.Nature),
        e.Intitule,
        Enum.Parse<EtatElement>(e.Etat),
        e.Echeance,
        e.Avancement);
}
