namespace TeamsConventions.Testing;

public static class RepositoryRoot
{
    /// <summary>The folder holding TeamsConventions.sln, found from the running assembly.</summary>
    public static string Path { get; } = Trouver();

    public static string Outil(string relatif)
    {
        var chemin = System.IO.Path.Combine(Path, "tools", "node_modules", relatif);
        return File.Exists(chemin)
            ? chemin
            : throw new InvalidOperationException($"{chemin} is missing: run ./test.sh, which installs the pinned tools (npm ci in tools/).");
    }

    private static string Trouver()
    {
        for (var dossier = new DirectoryInfo(AppContext.BaseDirectory); dossier is not null; dossier = dossier.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dossier.FullName, "TeamsConventions.sln")))
            {
                return dossier.FullName;
            }
        }

        throw new InvalidOperationException("TeamsConventions.sln not found above " + AppContext.BaseDirectory);
    }
}
