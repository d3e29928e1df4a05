namespace Conventions.Calendrier;

/// <summary>A school year starting on the first day of <paramref name="moisDeRentree"/> (September in the seeds).</summary>
public static class AnneeScolaire
{
    public static DateOnly Debut(DateOnly jour, int moisDeRentree) =>
        new(jour.Month >= moisDeRentree ? jour.Year : jour.Year - 1, moisDeRentree, 1);

    public static DateOnly Fin(DateOnly jour, int moisDeRentree) => Debut(jour, moisDeRentree).AddYears(1).AddDays(-1);
}
