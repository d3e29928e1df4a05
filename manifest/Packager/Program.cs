using TeamsConventions.Manifest;

// Run from the repository root: dotnet run --project manifest/Packager -- [env ...] (default: every manifest/env/.env.*).
var racine = Directory.GetCurrentDirectory();
if (!File.Exists(Path.Combine(racine, "manifest", "manifest.json")))
{
    Console.Error.WriteLine("Run this from the repository root (manifest/manifest.json not found in the current folder).");
    return 2;
}

var empaqueteur = new ManifestPackager(racine);
var environnements = args.Length > 0 ? args : [.. empaqueteur.Environnements];
var echecs = 0;
foreach (var environnement in environnements)
{
    try
    {
        Console.WriteLine($"{environnement}: {Path.GetRelativePath(racine, await empaqueteur.EmpaqueterAsync(environnement))}");
    }
    catch (PackagingException e)
    {
        Console.Error.WriteLine($"{environnement}: not packaged. {e.Message}");
        echecs++;
    }
}

return echecs == 0 ? 0 : 1;
