using Conventions.Catalogue;
using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Hosting;

/// <summary>Each call must be usable: a kind with a dossier form, a closing after the opening, channels to hand on to.</summary>
internal sealed class DossiersOptionsValidation(CatalogueDesConventions catalogue) : IValidateOptions<DossiersOptions>
{
    public const int OctetsMinimumDeLaCle = 32;

    public ValidateOptionsResult Validate(string? name, DossiersOptions options)
    {
        var erreurs = new List<string>();
        if (options.AdressePublique is null || options.CleDesLiens is null)
        {
            erreurs.Add("Dossiers:AdressePublique and Dossiers:CleDesLiens are required: every dossier card links to its Word document with them.");
        }

        if (options.AdressePublique is { } adresse && (!adresse.IsAbsoluteUri || adresse.Scheme is not ("https" or "http")))
        {
            erreurs.Add("Dossiers:AdressePublique must be an absolute http(s) address.");
        }

        if (options.CleDesLiens is { } cle && (!Convert.TryFromBase64String(cle, new byte[cle.Length], out var octets) || octets < OctetsMinimumDeLaCle))
        {
            erreurs.Add($"Dossiers:CleDesLiens must be base64 of at least {OctetsMinimumDeLaCle} random bytes (e.g. openssl rand -base64 32).");
        }

        if (options.RappelsDeSignatureEnJours.Any(j => j is < 1 or > 90))
        {
            erreurs.Add("Dossiers:RappelsDeSignatureEnJours must be days between 1 and 90.");
        }

        if (options.RappelsAvantClotureEnJours.Any(j => j is < 1 or > 60))
        {
            erreurs.Add("Dossiers:RappelsAvantClotureEnJours must be days between 1 and 60.");
        }

        foreach (var (appel, i) in options.Appels.Select((a, i) => (a, i)))
        {
            var ou = $"Dossiers:Appels:{i} ('{appel.Id}')";
            if (string.IsNullOrWhiteSpace(appel.Id) || appel.Id.Length > 64 || !appel.Id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                erreurs.Add($"{ou}: Id must be 1–64 letters, digits or hyphens.");
            }

            if (string.IsNullOrWhiteSpace(appel.Titre))
            {
                erreurs.Add($"{ou}: Titre is required.");
            }

            if (!catalogue.Formulaires.ContainsKey(appel.Type))
            {
                erreurs.Add($"{ou}: Type '{appel.Type}' has no dossier form (known: {string.Join(", ", catalogue.Formulaires.Keys)}).");
            }
            else if (catalogue.Type(appel.Type).AvisPrealable is { } avis && (string.IsNullOrWhiteSpace(appel.EquipeDuComiteQuiDecide) || string.IsNullOrWhiteSpace(appel.CanalDuComiteQuiDecide)))
            {
                erreurs.Add($"{ou}: kind '{appel.Type}' is decided by its committee after the avis of a '{avis}': EquipeDuComiteQuiDecide and CanalDuComiteQuiDecide are required.");
            }

            if (appel.Cloture <= appel.Ouverture)
            {
                erreurs.Add($"{ou}: Cloture must be after Ouverture.");
            }

            if (string.IsNullOrWhiteSpace(appel.EquipeDesAnalystes) || string.IsNullOrWhiteSpace(appel.CanalDesAnalystes)
                || string.IsNullOrWhiteSpace(appel.EquipeDuComite) || string.IsNullOrWhiteSpace(appel.CanalDuComite))
            {
                erreurs.Add($"{ou}: EquipeDesAnalystes, CanalDesAnalystes, EquipeDuComite and CanalDuComite are required (Teams team and channel ids).");
            }
        }

        foreach (var doublon in options.Appels.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            erreurs.Add($"Dossiers:Appels: Id '{doublon.Key}' is used twice.");
        }

        return erreurs.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(erreurs);
    }
}
