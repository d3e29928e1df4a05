using Conventions.Catalogue;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Hosting;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// One Word template per kind: the organisation's own from <see cref="DossiersOptions.DossierDesModeles"/>
/// (<c>&lt;kind&gt;.docx</c>), the project's otherwise — its generic one for a kind added to the catalogue without
/// a template. Checked at start-up with the options; which file each kind uses is logged when the host starts.
/// </summary>
public sealed partial class ModelesDeConvention : IHostedService
{
    private const string Extension = ".docx";
    private const string Generique = "generique";

    private readonly IReadOnlyDictionary<string, ModeleDeConvention> _modeles;
    private readonly ILogger<ModelesDeConvention> _logger;

    public ModelesDeConvention(CatalogueDesConventions catalogue, IOptions<DossiersOptions> options, ILogger<ModelesDeConvention> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problemes = new List<string>();
        _modeles = Charger(catalogue, options.Value.DossierDesModeles, problemes);
        _logger = logger;
        if (problemes.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problemes));
        }
    }

    public ModeleDeConvention Du(TypeDeConvention type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _modeles[type.Code];
    }

    /// <summary>Every kind's template, read from <paramref name="dossier"/> where it holds one; what is wrong with them in <paramref name="problemes"/>.</summary>
    public static IReadOnlyDictionary<string, ModeleDeConvention> Charger(CatalogueDesConventions catalogue, string? dossier, ICollection<string> problemes)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(problemes);
        var fichiers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(dossier))
        {
            if (!Directory.Exists(dossier))
            {
                problemes.Add($"Dossiers:DossierDesModeles: the folder '{dossier}' does not exist.");
            }
            else
            {
                foreach (var fichier in Directory.EnumerateFiles(dossier, "*" + Extension).Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)))
                {
                    var code = Path.GetFileNameWithoutExtension(fichier);
                    if (catalogue.Types.ContainsKey(code) || code == Generique)
                    {
                        fichiers[code] = fichier;
                    }
                    else
                    {
                        problemes.Add($"Dossiers:DossierDesModeles: '{Path.GetFileName(fichier)}' names no kind; name it after one of {string.Join(", ", catalogue.Types.Keys.Append(Generique).Select(k => k + Extension))}.");
                    }
                }
            }
        }

        var modeles = new Dictionary<string, ModeleDeConvention>(StringComparer.Ordinal);
        foreach (var code in catalogue.Types.Keys)
        {
            var (octets, source) = fichiers.TryGetValue(code, out var fichier) ? (File.ReadAllBytes(fichier), fichier)
                : fichiers.TryGetValue(Generique, out var generique) ? (File.ReadAllBytes(generique), generique)
                : Livre(code) is ({ } livre, var nom) ? (livre, nom)
                : Livre(Generique);
            if (octets is null)
            {
                problemes.Add($"The kind '{code}' has no Word template: add {code}{Extension} to Dossiers:DossierDesModeles.");
            }
            else if (ModeleDeConvention.Lire(octets, source, problemes) is { } modele)
            {
                modeles[code] = modele;
            }
        }

        return modeles;
    }

    /// <summary>The project's own template of <paramref name="code"/>, shipped in the assembly.</summary>
    private static (byte[]? Octets, string Source) Livre(string code)
    {
        var nom = $"modeles/{code}{Extension}";
        using var flux = typeof(ModelesDeConvention).Assembly.GetManifestResourceStream(nom);
        if (flux is null)
        {
            return (null, nom);
        }

        using var copie = new MemoryStream();
        flux.CopyTo(copie);
        return (copie.ToArray(), $"shipped {nom}");
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (code, modele) in _modeles)
        {
            LogModele(_logger, code, modele.Source);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Convention template for {Type}: {Source}")]
    private static partial void LogModele(ILogger logger, string type, string source);
}
