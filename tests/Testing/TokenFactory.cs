using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsConventions.Testing;

/// <summary>Signing keys published by the fake channel, and tokens minted with them (or with keys it does not publish).</summary>
public sealed class TokenFactory : IDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string CleTeams = "cle-teams";
    public const string CleWebchat = "cle-webchat-seulement";

    private readonly RSA _rsaTeams = RSA.Create(2048);
    private readonly RSA _rsaWebchat = RSA.Create(2048);
    private readonly RSA _rsaInconnue = RSA.Create(2048);

    public RsaSecurityKey Teams => new(_rsaTeams) { KeyId = CleTeams };

    public RsaSecurityKey Webchat => new(_rsaWebchat) { KeyId = CleWebchat };

    /// <summary>Same key id as the Teams key, other key material: the signature cannot verify.</summary>
    public RsaSecurityKey Usurpatrice => new(_rsaInconnue) { KeyId = CleTeams };

    public static string EntraIssuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    public static string Emettre(
        RsaSecurityKey cle,
        string emetteur,
        string audience,
        string? serviceUrl,
        DateTime expiration,
        DateTime? debut = null,
        string? tenantId = null)
    {
        var revendications = new List<Claim>();
        if (serviceUrl is not null)
        {
            revendications.Add(new Claim("serviceurl", serviceUrl));
        }

        if (tenantId is not null)
        {
            revendications.Add(new Claim("tid", tenantId));
        }

        var descripteur = new SecurityTokenDescriptor
        {
            Issuer = emetteur,
            Audience = audience,
            Subject = new ClaimsIdentity(revendications),
            NotBefore = debut ?? expiration.AddHours(-2),
            IssuedAt = debut ?? expiration.AddHours(-2),
            Expires = expiration,
            SigningCredentials = new SigningCredentials(cle, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descripteur);
    }

    public void Dispose()
    {
        _rsaTeams.Dispose();
        _rsaWebchat.Dispose();
        _rsaInconnue.Dispose();
    }
}
