using Conventions.Accords;

namespace TeamsConventions.Application.Classement;

/// <summary>
/// Where signed documents are filed with their metadata (the organisation's SharePoint library, or a local folder
/// for a run without a tenant). Filing the same document again finds it rather than filing it twice.
/// </summary>
public interface IBibliothequeDeClassement
{
    /// <summary>Files <paramref name="document"/> in its convention's folder, or finds it there already filed.</summary>
    /// <exception cref="ClassementImpossibleException">The library refuses or cannot be reached as configured.</exception>
    Task<DocumentClasse> ClasserAsync(DocumentAClasser document, CancellationToken cancellationToken);

    /// <summary>Whether the library renders a filed Word document as PDF (SharePoint does; a local folder does not).</summary>
    bool RendDesPdf { get; }

    /// <summary>The PDF rendition of a filed Word document.</summary>
    /// <exception cref="ClassementImpossibleException">The library refuses, cannot be reached, or renders no PDF.</exception>
    Task<byte[]> RenduPdfAsync(DocumentClasse document, CancellationToken cancellationToken);
}

/// <summary>
/// A signed document to file: its file name, its bytes, and what the library records with it. <paramref name="Reproductible"/>:
/// the same document always has the same bytes (a Word file drawn up here), so a file found under its name is this
/// one only with its hash; a sealed PDF is never twice the same bytes, so one found there for this convention is it.
/// </summary>
public sealed record DocumentAClasser(string Nom, byte[] Contenu, MetadonneesDeClassement Metadonnees, bool Reproductible = true);

/// <summary>What is recorded with a filed document: the library's columns, and the folder it goes in.</summary>
public sealed record MetadonneesDeClassement(
    ConventionId Convention,
    string Type,
    string Parties,
    DateTimeOffset SigneeLe,
    string Statut,
    string? Decision,
    string Empreinte);

/// <summary>A document as filed: the name it got (another if the first was taken), where people open it, the library's id for it.</summary>
public sealed record DocumentClasse(string Nom, Uri Lien, string Identifiant);

/// <summary>Why filing cannot go on until someone acts: <see cref="Reglage"/> names the setting or grant to fix.</summary>
public sealed class ClassementImpossibleException : Exception
{
    public ClassementImpossibleException()
    {
    }

    public ClassementImpossibleException(string message)
        : base(message)
    {
    }

    public ClassementImpossibleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ClassementImpossibleException(string reglage, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reglage = reglage;
    }

    public string? Reglage { get; }

    /// <summary>The permission is missing (401/403): retrying will not help until it is granted.</summary>
    public bool Permission { get; init; }

    /// <summary>The library did not answer (throttled, down): filing is tried again, nothing to fix.</summary>
    public bool Indisponible { get; init; }
}
