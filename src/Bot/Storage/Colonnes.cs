using System.Runtime.CompilerServices;
using Conventions.Valeurs;

namespace TeamsConventions.Bot.Storage;

/// <summary>
/// A column every row of its kind has: read as such by the mappers, or a clear error naming the column when a row was
/// damaged outside the bot (never a null dereference further on).
/// </summary>
internal static class Colonnes
{
    public static T Requise<T>(T? valeur, [CallerArgumentExpression(nameof(valeur))] string colonne = "")
        where T : class => valeur ?? throw new DonneeStockeeIncompleteException(colonne);

    public static T Requise<T>(T? valeur, [CallerArgumentExpression(nameof(valeur))] string colonne = "")
        where T : struct => valeur ?? throw new DonneeStockeeIncompleteException(colonne);

    /// <summary>A company number stored as its ten digits; absent when none was given.</summary>
    public static NumeroBce? Bce(string? chiffres) => chiffres is null ? null : NumeroBce.Depuis(chiffres);
}

public sealed class DonneeStockeeIncompleteException(string colonne)
    : Exception($"A stored row lacks its '{colonne}' column: it was changed outside the bot; restore it from the audit trail or a backup.");
