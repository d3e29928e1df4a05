namespace TeamsConventions.Bot.Teams;

/// <summary>Told when the bot learns a team's channel, so that what waited for that channel is tried at once.</summary>
public interface IEcouteDesCanaux
{
    void CanalAppris();
}
