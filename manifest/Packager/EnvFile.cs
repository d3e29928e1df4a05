namespace TeamsConventions.Manifest;

/// <summary>An environment's values: <c>NAME=value</c> lines, <c>#</c> comments and blank lines.</summary>
public static class EnvFile
{
    public static IReadOnlyDictionary<string, string> Lire(string chemin)
    {
        if (!File.Exists(chemin))
        {
            throw new PackagingException($"{chemin}: the environment file does not exist.");
        }

        var valeurs = new Dictionary<string, string>(StringComparer.Ordinal);
        var numero = 0;
        foreach (var ligne in File.ReadLines(chemin))
        {
            numero++;
            var texte = ligne.Trim();
            if (texte.Length == 0 || texte.StartsWith('#'))
            {
                continue;
            }

            var egal = texte.IndexOf('=', StringComparison.Ordinal);
            if (egal <= 0)
            {
                throw new PackagingException($"{chemin}:{numero}: expected NAME=value, found '{texte}'.");
            }

            var nom = texte[..egal].Trim();
            if (!valeurs.TryAdd(nom, texte[(egal + 1)..].Trim()))
            {
                throw new PackagingException($"{chemin}:{numero}: {nom} is set twice.");
            }
        }

        return valeurs;
    }
}
