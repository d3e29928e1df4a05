using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Storage;

internal sealed partial class StorageOptionsValidation : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var avecChaine = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (avecChaine == (options.TableServiceUri is not null))
        {
            return ValidateOptionsResult.Fail("Set exactly one of Storage:ConnectionString (Azurite) or Storage:TableServiceUri (Azure, managed identity).");
        }

        if (options.TableServiceUri is { Scheme: not "https" } uri && !uri.IsLoopback)
        {
            return ValidateOptionsResult.Fail("Storage:TableServiceUri must use https.");
        }

        if (!Convert.TryFromBase64String(options.CleDesVotesSecrets ?? string.Empty, new byte[(options.CleDesVotesSecrets ?? string.Empty).Length], out var octets) || octets < 32)
        {
            return ValidateOptionsResult.Fail("Storage:CleDesVotesSecrets must be base64 of at least 32 random bytes (e.g. openssl rand -base64 32), the same on every instance: it protects secret ballots while a vote is open.");
        }

        return PrefixeValide().IsMatch(options.TablePrefix)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Storage:TablePrefix must be letters and digits, starting with a letter, at most 20 characters.");
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9]{0,19})?$")]
    private static partial Regex PrefixeValide();
}
