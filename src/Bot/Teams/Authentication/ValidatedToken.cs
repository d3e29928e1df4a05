using Microsoft.IdentityModel.JsonWebTokens;

namespace TeamsConventions.Bot.Teams.Authentication;

/// <summary>A token whose signature, lifetime, issuer and audience were checked; what is left depends on the activity.</summary>
public sealed record ValidatedToken(JsonWebToken Jeton, bool EmisParBotFramework, IReadOnlyCollection<string> Endorsements);
