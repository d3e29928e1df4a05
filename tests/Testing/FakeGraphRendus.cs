using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using PdfSharp.Pdf;

namespace TeamsConventions.Testing;

/// <summary>
/// The fake Graph's PDF rendition of a filed file (<c>GET /drives/{d}/items/{id}/content?format=pdf</c>): as Graph, a
/// redirect to where the PDF is downloaded; the PDF has one blank page per started 10 KB of the file, and the file's
/// path as its title.
/// </summary>
public sealed partial class FakeGraph
{
    /// <summary>The paths of the files rendered as PDF, in the order they were asked.</summary>
    public ConcurrentQueue<string> Rendus { get; } = new();

    private async Task<bool> RendreEnPdfAsync(HttpContext contexte, string chemin)
    {
        var requete = contexte.Request;
        if (requete.Method != "GET")
        {
            return false;
        }

        if (chemin.StartsWith("/rendus/", StringComparison.Ordinal) && Fichiers.Values.FirstOrDefault(f => chemin == $"/rendus/{f.Id}.pdf") is { } aTelecharger)
        {
            using var pdf = new PdfDocument();
            pdf.Info.Title = aTelecharger.Chemin;
            for (var page = 0; page <= aTelecharger.Contenu.Length / 10_240; page++)
            {
                pdf.AddPage();
            }

            contexte.Response.ContentType = "application/pdf";
            using var octets = new MemoryStream();
            await pdf.SaveAsync(octets);
            await contexte.Response.Body.WriteAsync(octets.ToArray());
            return true;
        }

        // The SDK asks `$format=pdf` (as Graph's API description names it), Graph's documentation shows `format=pdf`: the fake takes both.
        if ((requete.Query["format"] == "pdf" || requete.Query["$format"] == "pdf") && Fichiers.Values.FirstOrDefault(f => chemin == $"/v1.0/drives/{Drive}/items/{f.Id}/content") is { } aRendre)
        {
            Rendus.Enqueue(aRendre.Chemin);
            contexte.Response.StatusCode = 302;
            contexte.Response.Headers.Location = $"{_app.Urls.First()}/rendus/{aRendre.Id}.pdf";
            return true;
        }

        return false;
    }
}
