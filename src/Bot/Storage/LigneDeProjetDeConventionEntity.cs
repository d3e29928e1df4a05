namespace TeamsConventions.Bot.Storage;

/// <summary>
/// Rows of a convention draft's partition: <c>racine</c> (its kind, drawn up or not), <c>champs-NN</c> (its fields
/// as JSON, <see cref="ChampsEnMorceaux"/>), <c>redacteur-NN</c> (its drafters), <c>audit-…</c>; and the index rows
/// of partitions <c>redacteur-{membre}</c>.
/// </summary>
public sealed class LigneDeProjetDeConventionEntity : LigneDAgregatEntity
{
    public string? Type { get; set; }

    public bool? Redige { get; set; }

    public string? Champs { get; set; }

    public string? Nom { get; set; }
}
