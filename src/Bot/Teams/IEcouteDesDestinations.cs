namespace TeamsConventions.Bot.Teams;

/// <summary>Told when the bot learns a team's channel, or a person once the app is installed for them, so that what waited for them is tried at once.</summary>
public interface IEcouteDesDestinations
{
    void DestinationApprise();
}
