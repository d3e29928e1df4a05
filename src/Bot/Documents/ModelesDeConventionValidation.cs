using Conventions.Catalogue;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Bot.Documents;

/// <summary>Every kind's template readable and complete, checked with the other settings at start-up.</summary>
internal sealed class ModelesDeConventionValidation(CatalogueDesConventions catalogue) : IValidateOptions<DossiersOptions>
{
    public ValidateOptionsResult Validate(string? name, DossiersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problemes = new List<string>();
        ModelesDeConvention.Charger(catalogue, options.DossierDesModeles, problemes);
        return problemes.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problemes);
    }
}
