using System.Globalization;
using Conventions.Calendrier;

namespace TeamsConventions.Bot.Resources;

/// <summary>
/// Numbers and dates as a person writes them, one style per place: the long form inside sentences
/// (« lundi 31 mai 2027 à 23 h 59 »), the short form in tables and facts (31/05/2027 23:59), times in Brussels.
/// </summary>
public static class Formats
{
    private const string Insecable = "\u00A0";

    /// <summary>The group separator of a number typed back into a field: it reads as a space and parses in both languages.</summary>
    private const string EspaceFine = "\u202F";

    private const string MotifHeure = "H'" + Insecable + "h" + Insecable + "'mm";

    public static string Jour(DateOnly jour, CultureInfo culture) => jour.ToString(MotifJour(jour.Day, culture), culture);

    public static string Instant(DateTimeOffset instant, CultureInfo culture)
    {
        var local = Local(instant);
        var motif = MotifJour(local.Day, culture) + (Anglais(culture) ? " 'at' HH:mm" : " 'à' " + MotifHeure);
        return local.ToString(motif, culture);
    }

    public static string Heure(DateTimeOffset instant, CultureInfo culture) =>
        Local(instant).ToString(Anglais(culture) ? "HH:mm" : MotifHeure, culture);

    public static string JourCourt(DateOnly jour) => jour.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string InstantCourt(DateTimeOffset instant) => Local(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Counts are grouped from five digits (« 1250 », « 64 000 », « 10 000 000 »), so a year never is.</summary>
    public static string Nombre(decimal nombre, CultureInfo culture) =>
        nombre.ToString(Math.Abs(nombre) >= 10_000 ? "#,##0.############" : "0.############", culture);

    public static string Montant(decimal euros, CultureInfo culture) =>
        Anglais(culture) ? "€" + euros.ToString("N2", culture) : euros.ToString("N2", culture) + Insecable + "€";

    /// <summary>A stored whole number shown back in its field as it was typed: « 64 000 ».</summary>
    public static string NombreSaisissable(long nombre) =>
        nombre.ToString("#,##0", Groupage(CultureInfo.InvariantCulture));

    /// <summary>A stored amount shown back in its field: « 64 000 » when whole, « 1 234,50 » (« 1 234.50 » in English) otherwise.</summary>
    public static string MontantSaisissable(decimal euros, CultureInfo culture) =>
        euros.ToString(decimal.Truncate(euros) == euros ? "#,##0" : "#,##0.00", Groupage(culture));

    private static NumberFormatInfo Groupage(CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.NumberGroupSeparator = EspaceFine;
        return format;
    }

    /// <summary>French writes the first of the month as an ordinal: « mardi 1er juin 2027 ».</summary>
    private static string MotifJour(int jourDuMois, CultureInfo culture) =>
        !Anglais(culture) && jourDuMois == 1 ? "dddd '1er' MMMM yyyy" : "dddd d MMMM yyyy";

    private static bool Anglais(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Bruxelles.Fuseau).DateTime;
}
