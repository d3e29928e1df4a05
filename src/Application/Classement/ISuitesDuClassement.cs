using Conventions.Accords;

namespace TeamsConventions.Application.Classement;

/// <summary>The signed conventions and amendments waiting to be filed: the "convention signed" and "amendment signed" events.</summary>
public interface IConventionsSignees
{
    Task<IReadOnlyList<ConventionId>> SigneesAsync(CancellationToken cancellationToken);

    /// <summary>The signed amendments: their convention and version.</summary>
    Task<IReadOnlyList<(ConventionId Convention, int Version)>> AvenantsSignesAsync(CancellationToken cancellationToken);
}

/// <summary>What has been filed for each convention, so that it is filed once and its card can link to it.</summary>
public interface IClassements
{
    /// <summary>Every filed copy of the convention's documents, by document (« convention-v3 », « certificat-v3 »).</summary>
    Task<IReadOnlyDictionary<string, DocumentClasse>> DeLaConventionAsync(ConventionId convention, CancellationToken cancellationToken);

    Task EnregistrerAsync(ConventionId convention, string document, DocumentClasse classe, CancellationToken cancellationToken);
}

/// <summary>The signed convention's Word documents: the one its signatories read, and its signature certificate.</summary>
public interface IRenduDesConventions
{
    byte[] Document(Convention convention);

    /// <summary>Who signed, as whom, when, where and what, with <paramref name="decision"/>, the decision it comes from.</summary>
    byte[] Certificat(Convention convention, string? decision);

    /// <summary>A signed amendment's Word document, as its signatories read it.</summary>
    byte[] Avenant(Convention convention, Avenant avenant);
}
