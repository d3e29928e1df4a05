using System.Text.Json;
using TeamsConventions.Application.Classement;

namespace TeamsConventions.Graph.Classement;

/// <summary>
/// The local stand-in for the SharePoint library, for a run without a tenant: the same folders and names under
/// <paramref name="racine"/>, each document with a JSON sidecar (<c>&lt;name&gt;.json</c>) holding the columns SharePoint
/// would. The same rules: a document already there is found, a name taken by another document gives « (2) ».
/// </summary>
public sealed class BibliothequeLocale(string racine) : IBibliothequeDeClassement
{
    private const int RangMaximal = 20;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Racine { get; } = Path.GetFullPath(racine);

    /// <summary>A folder renders nothing: no sealed PDF is filed in a run without a tenant (said at start-up).</summary>
    public bool RendDesPdf => false;

    public Task<byte[]> RenduPdfAsync(DocumentClasse document, CancellationToken cancellationToken) =>
        throw new ClassementImpossibleException("Classement:Bibliotheque", "The local folder library renders no PDF: SharePoint does (Classement:Bibliotheque SharePoint).");

    public async Task<DocumentClasse> ClasserAsync(DocumentAClasser document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var rang = 1; rang <= RangMaximal; rang++)
        {
            var fichier = Path.Combine(Racine, CheminDeClassement.Chemin(document, rang));
            if (File.Exists(fichier) && !(await File.ReadAllBytesAsync(fichier, cancellationToken)).AsSpan().SequenceEqual(document.Contenu))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(fichier) ?? Racine);
            if (!File.Exists(fichier))
            {
                // Written beside, then moved: a crash never leaves half a document under its name.
                var provisoire = fichier + ".partiel";
                await File.WriteAllBytesAsync(provisoire, document.Contenu, cancellationToken);
                File.Move(provisoire, fichier, overwrite: false);
            }

            var m = document.Metadonnees;
            await File.WriteAllTextAsync(fichier + ".json", JsonSerializer.Serialize(new
            {
                convention = m.Convention.ToString(), type = m.Type, parties = m.Parties, signeeLe = m.SigneeLe, statut = m.Statut, decision = m.Decision, sha256 = m.Empreinte,
            }, Json), cancellationToken);
            return new DocumentClasse(Path.GetFileName(fichier), new Uri(fichier), Path.GetRelativePath(Racine, fichier).Replace('\\', '/'));
        }

        throw new ClassementImpossibleException($"{RangMaximal} files named like « {document.Nom} » are already in the convention's folder under {Racine}; move the others away.");
    }
}
