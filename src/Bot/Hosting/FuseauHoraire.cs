namespace TeamsConventions.Bot.Hosting;

/// <summary>Every date a person reads is in Europe/Brussels, whatever the server's zone.</summary>
public sealed class FuseauHoraire
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
}
