using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Hosting;

/// <summary>Rules between settings that attributes cannot express; checked at start-up.</summary>
internal sealed class BotOptionsValidation(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var erreurs = new List<string>();
        var sansAppId = string.IsNullOrWhiteSpace(options.AppId);
        if (sansAppId && !environment.IsDevelopment())
        {
            erreurs.Add("AzureAd:ClientId is required outside Development: without it no request could be authenticated.");
        }

        if (!sansAppId && !Guid.TryParse(options.AppId, out _))
        {
            erreurs.Add($"AzureAd:ClientId must be a GUID (got '{options.AppId}').");
        }

        if (!sansAppId && !Guid.TryParse(options.TenantId, out _))
        {
            erreurs.Add("AzureAd:TenantId must be the bot's tenant GUID when AzureAd:ClientId is set (single-tenant bot).");
        }

        if (!options.EntraOpenIdMetadataUrlTemplate.Contains("{tenantId}", StringComparison.Ordinal))
        {
            erreurs.Add("Bot:EntraOpenIdMetadataUrlTemplate must contain '{tenantId}'.");
        }

        if (options.AllowedServiceUrlHosts.Any(string.IsNullOrWhiteSpace))
        {
            erreurs.Add("Bot:AllowedServiceUrlHosts must not contain empty entries.");
        }

        return erreurs.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(erreurs);
    }
}
