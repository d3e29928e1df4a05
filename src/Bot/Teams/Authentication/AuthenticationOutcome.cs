namespace TeamsConventions.Bot.Teams.Authentication;

/// <summary>What the inbound check decided; <see cref="Code"/> is logged, never shown to a person.</summary>
public sealed record AuthenticationOutcome(bool Accepte, int StatusCode, string Code)
{
    public static AuthenticationOutcome Ok(string code) => new(true, StatusCodes.Status200OK, code);

    public static AuthenticationOutcome NonAuthentifie(string code) => new(false, StatusCodes.Status401Unauthorized, code);

    public static AuthenticationOutcome Interdit(string code) => new(false, StatusCodes.Status403Forbidden, code);
}
