namespace TeamsConventions.Application.Classement;

/// <summary>
/// The organisation's electronic seal on a filed PDF: its pages and every byte after them covered by a signature
/// with the organisation's certificate, so that any change made after filing shows in a PDF reader.
/// </summary>
public interface ISceauDesDocuments
{
    /// <summary>False when the organisation has no seal here (a run without a tenant): no PDF is filed.</summary>
    bool Possible { get; }

    /// <summary>The PDFs put end to end, in order, then sealed, with <paramref name="raison"/> as the seal's reason.</summary>
    Task<byte[]> ScellerAsync(IReadOnlyList<byte[]> pdfs, string raison, CancellationToken cancellationToken);
}
