namespace TeamsConventions.Bot.Storage;

/// <summary>PartitionKey / RowKey values must not contain / \ # ? or control characters: ids are escaped reversibly.</summary>
public static class TableKeys
{
    public static string Encoder(string valeur) => Uri.EscapeDataString(valeur);

    public static string Decoder(string cle) => Uri.UnescapeDataString(cle);
}
