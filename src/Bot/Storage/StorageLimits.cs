using System.Collections.Concurrent;
using System.Reflection;
using Azure.Data.Tables;

namespace TeamsConventions.Bot.Storage;

/// <summary>
/// The real Table service's limits, enforced before a write (Azurite accepts more, so tests would not catch
/// them): 1 MiB per entity, 255 properties including the 3 system ones, 64 KiB per string or binary value,
/// 1 KiB per key, 100 operations in one transaction.
/// </summary>
public static class StorageLimits
{
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxProperties = 255;
    public const int MaxValueBytes = 64 * 1024;
    public const int MaxKeyBytes = 1024;
    public const int MaxTransactionActions = 100;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Proprietes = new();

    public static void Verifier(ITableEntity entite)
    {
        ArgumentNullException.ThrowIfNull(entite);
        var proprietes = Proprietes.GetOrAdd(entite.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.Name is not (nameof(ITableEntity.ETag))).ToArray());
        if (proprietes.Length + 1 > MaxProperties)
        {
            throw new StorageLimitException($"{entite.GetType().Name} has {proprietes.Length} properties; the Table service accepts {MaxProperties}.");
        }

        VerifierCle(nameof(ITableEntity.PartitionKey), entite.PartitionKey);
        VerifierCle(nameof(ITableEntity.RowKey), entite.RowKey);
        long total = 4;
        foreach (var propriete in proprietes)
        {
            var octets = Taille(propriete.GetValue(entite));
            if (octets > MaxValueBytes)
            {
                throw new StorageLimitException($"{entite.GetType().Name}.{propriete.Name} is {octets} bytes; a value may not exceed {MaxValueBytes}.");
            }

            total += 8 + (propriete.Name.Length * 2) + octets;
        }

        if (total > MaxEntityBytes)
        {
            throw new StorageLimitException($"{entite.GetType().Name} is about {total} bytes; an entity may not exceed {MaxEntityBytes}.");
        }
    }

    private static void VerifierCle(string nom, string? cle)
    {
        if (cle is null || cle.Length * 2 > MaxKeyBytes || cle.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            throw new StorageLimitException($"{nom} '{cle}' is missing, longer than {MaxKeyBytes} bytes, or has a forbidden character.");
        }
    }

    private static long Taille(object? valeur) => valeur switch
    {
        null => 0,
        string texte => 4 + (texte.Length * 2L),
        byte[] octets => 4 + octets.Length,
        Guid => 16,
        DateTimeOffset or DateTime or long or double => 8,
        _ => 8,
    };
}

public sealed class StorageLimitException(string message) : Exception(message);
