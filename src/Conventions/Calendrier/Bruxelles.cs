namespace Conventions.Calendrier;

/// <summary>The legal days of these conventions are Belgian days, whatever the server's time zone.</summary>
public static class Bruxelles
{
    public static TimeZoneInfo Fuseau { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static DateOnly Jour(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Fuseau).DateTime);
}
