using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace TeamsConventions.Manifest;

/// <summary>
/// Builds <c>build/appPackage.&lt;env&gt;.zip</c>: the manifest template with the environment's values, the icons
/// and the localisation files. Everything is validated against the official schemas (npm
/// <c>@microsoft/app-manifest</c>) before the zip is written, so a package the schema would reject never exists.
/// </summary>
public sealed partial class ManifestPackager(string racine)
{
    private string Dossier => Path.Combine(racine, "manifest");

    public IEnumerable<string> Environnements =>
        Directory.EnumerateFiles(Path.Combine(Dossier, "env"), ".env.*").Select(f => Path.GetFileName(f)[".env.".Length..]).Order(StringComparer.Ordinal);

    /// <summary>The manifest of <paramref name="environnement"/>, values substituted and validated.</summary>
    public async Task<string> ManifestAsync(string environnement)
    {
        var fichierEnv = Path.Combine("manifest", "env", $".env.{environnement}");
        var valeurs = EnvFile.Lire(Path.Combine(racine, fichierEnv));
        var modele = await File.ReadAllTextAsync(Path.Combine(Dossier, "manifest.json"));
        var manifeste = Marqueur().Replace(modele, m =>
        {
            var nom = m.Groups[1].Value;
            var valeur = valeurs.GetValueOrDefault(nom);
            ManifestValues.Verifier(nom, valeur, fichierEnv);
            return JsonEncodedText.Encode(valeur!).ToString();
        });
        await ValiderAsync(manifeste, "MicrosoftTeams.schema.json", VersionDuManifeste(manifeste), $"manifest for '{environnement}'");
        return manifeste;
    }

    public async Task<string> EmpaqueterAsync(string environnement)
    {
        var manifeste = await ManifestAsync(environnement);
        var fichiers = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["manifest.json"] = System.Text.Encoding.UTF8.GetBytes(manifeste),
        };
        var racineJson = JsonNode.Parse(manifeste)!;
        foreach (var icone in new[] { "color", "outline" })
        {
            var nom = racineJson["icons"]![icone]!.GetValue<string>();
            fichiers[nom] = await File.ReadAllBytesAsync(Path.Combine(Dossier, nom));
        }

        foreach (var langue in racineJson["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            var nom = langue!["file"]!.GetValue<string>();
            var contenu = await File.ReadAllTextAsync(Path.Combine(Dossier, nom));
            await ValiderAsync(contenu, "MicrosoftTeams.Localization.schema.json", VersionDuManifeste(manifeste), $"manifest/{nom}");
            fichiers[nom] = System.Text.Encoding.UTF8.GetBytes(contenu);
        }

        var sortie = Path.Combine(racine, "build", $"appPackage.{environnement}.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(sortie)!);
        var temporaire = sortie + ".tmp";
        await using (var flux = File.Create(temporaire))
        using (var zip = new ZipArchive(flux, ZipArchiveMode.Create))
        {
            foreach (var (nom, contenu) in fichiers)
            {
                await using var entree = zip.CreateEntry(nom, CompressionLevel.Optimal).Open();
                await entree.WriteAsync(contenu);
            }
        }

        File.Move(temporaire, sortie, overwrite: true);
        return sortie;
    }

    private async Task ValiderAsync(string json, string schema, string version, string quoi)
    {
        var chemin = Path.Combine(racine, "tools", "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", $"v{version}", schema);
        if (!File.Exists(chemin))
        {
            throw new PackagingException($"{chemin} is missing: run ./test.sh once (it installs the pinned tools), or check manifestVersion.");
        }

        var erreurs = (await JsonSchema.FromFileAsync(chemin)).Validate(json);
        if (erreurs.Count > 0)
        {
            throw new PackagingException($"The {quoi} does not match the Teams schema v{version}: "
                + string.Join("; ", erreurs.Select(e => $"{e.Path} {e.Kind}")));
        }
    }

    private static string VersionDuManifeste(string manifeste) =>
        JsonNode.Parse(manifeste)?["manifestVersion"]?.GetValue<string>() ?? throw new PackagingException("manifest/manifest.json has no manifestVersion.");

    [GeneratedRegex(@"\$\{\{([A-Z0-9_]+)\}\}")]
    private static partial Regex Marqueur();
}
