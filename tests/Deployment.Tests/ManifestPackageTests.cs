using System.IO.Compression;
using System.Text.Json;
using NJsonSchema;
using TeamsConventions.Manifest;
using TeamsConventions.Testing;

namespace TeamsConventions.Deployment.Tests;

public sealed class ManifestPackageTests : IDisposable
{
    private readonly string _copie = Path.Combine(Path.GetTempPath(), "tc-manifest-" + Guid.NewGuid().ToString("N"));

    public ManifestPackageTests()
    {
        // A copy of manifest/ that a test may damage, next to the real pinned tools.
        CopierDossier(Path.Combine(RepositoryRoot.Path, "manifest"), Path.Combine(_copie, "manifest"));
        Directory.CreateSymbolicLink(Path.Combine(_copie, "tools"), Path.Combine(RepositoryRoot.Path, "tools"));
    }

    public static TheoryData<string> Environnements => [.. new ManifestPackager(RepositoryRoot.Path).Environnements];

    [Fact]
    public void Environments_LocalAndDevExist()
    {
        var environnements = new ManifestPackager(RepositoryRoot.Path).Environnements.ToList();

        Assert.Contains("local", environnements);
        Assert.Contains("dev", environnements);
    }

    [Theory]
    [MemberData(nameof(Environnements))]
    public async Task Package_Environment_IsAZipTheOfficialSchemaAccepts(string environnement)
    {
        var zip = await new ManifestPackager(_copie).EmpaqueterAsync(environnement);

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifeste = Lire(archive, "manifest.json");
        Assert.DoesNotContain("${{", manifeste, StringComparison.Ordinal);
        var version = JsonDocument.Parse(manifeste).RootElement.GetProperty("manifestVersion").GetString()!;
        Assert.True(Version.Parse(version) >= new Version(1, 17));
        Assert.Empty((await Schema(version, "MicrosoftTeams.schema.json")).Validate(manifeste));
        Assert.Empty((await Schema(version, "MicrosoftTeams.Localization.schema.json")).Validate(Lire(archive, "en.json")));
    }

    [Fact]
    public async Task Package_MissingValue_NamesTheValueAndTheFile_AndWritesNoZip()
    {
        ReecrireEnv("dev", l => !l.StartsWith("BOT_DOMAIN=", StringComparison.Ordinal));

        var erreur = await Assert.ThrowsAsync<PackagingException>(() => new ManifestPackager(_copie).EmpaqueterAsync("dev"));

        Assert.Contains("BOT_DOMAIN is missing", erreur.Message, StringComparison.Ordinal);
        Assert.Contains(".env.dev", erreur.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_copie, "build", "appPackage.dev.zip")));
    }

    [Theory]
    [InlineData("BOT_ID", "not-a-guid", "a GUID")]
    [InlineData("BOT_DOMAIN", "https://bot.example.org/api", "a host name")]
    [InlineData("PRIVACY_URL", "http://example.org/privacy", "an https URL")]
    [InlineData("APP_VERSION", "v1", "a version")]
    public async Task Package_MalformedValue_SaysWhatItMustBe(string nom, string valeur, string attendu)
    {
        ReecrireEnv("local", l => !l.StartsWith(nom + "=", StringComparison.Ordinal), $"{nom}={valeur}");

        var erreur = await Assert.ThrowsAsync<PackagingException>(() => new ManifestPackager(_copie).EmpaqueterAsync("local"));

        Assert.Contains($"{nom}='{valeur}' is not {attendu}", erreur.Message, StringComparison.Ordinal);
        Assert.Contains(".env.local", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_TemplateTheSchemaRejects_IsNeverZipped()
    {
        var chemin = Path.Combine(_copie, "manifest", "manifest.json");
        await File.WriteAllTextAsync(chemin, (await File.ReadAllTextAsync(chemin)).Replace("\"#1F5F8C\"", "\"bleu\"", StringComparison.Ordinal));

        var erreur = await Assert.ThrowsAsync<PackagingException>(() => new ManifestPackager(_copie).EmpaqueterAsync("dev"));

        Assert.Contains("accentColor", erreur.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_copie, "build", "appPackage.dev.zip")));
    }

    [Fact]
    public void Icons_HaveTheSizesAndTransparencyTeamsRequires()
    {
        var couleur = Png.Lire(File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "manifest", "color.png")));
        var contour = Png.Lire(File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "manifest", "outline.png")));

        Assert.Equal((192, 192), (couleur.Largeur, couleur.Hauteur));
        Assert.Equal((32, 32), (contour.Largeur, contour.Hauteur));
        Assert.Equal(6, contour.TypeDeCouleur);
        var pixels = contour.Rgba.Chunk(4).ToList();
        Assert.Contains(pixels, p => p[3] == 0);
        Assert.Contains(pixels, p => p[3] == 255);
        Assert.All(pixels.Where(p => p[3] > 0), p => Assert.Equal([255, 255, 255], p[..3]));
    }

    public void Dispose() => Directory.Delete(_copie, recursive: true);

    private static Task<JsonSchema> Schema(string version, string fichier) =>
        JsonSchema.FromFileAsync(RepositoryRoot.Outil($"@microsoft/app-manifest/build/json-schemas/teams/v{version}/{fichier}"));

    private static string Lire(ZipArchive archive, string nom)
    {
        using var lecteur = new StreamReader(archive.GetEntry(nom)!.Open());
        return lecteur.ReadToEnd();
    }

    private void ReecrireEnv(string environnement, Func<string, bool> garder, string? ajout = null)
    {
        var chemin = Path.Combine(_copie, "manifest", "env", $".env.{environnement}");
        File.WriteAllLines(chemin, File.ReadAllLines(chemin).Where(garder).Concat(ajout is null ? [] : [ajout]));
    }

    private static void CopierDossier(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var fichier in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Packager{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var cible = Path.Combine(destination, Path.GetRelativePath(source, fichier));
            Directory.CreateDirectory(Path.GetDirectoryName(cible)!);
            File.Copy(fichier, cible);
        }
    }
}
