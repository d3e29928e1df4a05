using System.Diagnostics;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>
/// A Word document as a reader sees it: rendered to PDF by LibreOffice headless, each page's text read back by
/// pdftotext (layout kept, so a word broken across two lines of a cell shows broken). The test run installs both.
/// </summary>
public static class RenduPdf
{
    public static async Task<IReadOnlyList<string>> PagesAsync(byte[] docx, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var dossier = Directory.CreateTempSubdirectory("rendu-");
        try
        {
            var source = Path.Combine(dossier.FullName, "document.docx");
            await File.WriteAllBytesAsync(source, docx, cancellationToken);
            await ExecuterAsync("soffice", ["-env:UserInstallation=file://" + Path.Combine(dossier.FullName, "profil"), "--headless", "--convert-to", "pdf", "--outdir", dossier.FullName, source], cancellationToken);
            var texte = await ExecuterAsync("pdftotext", ["-layout", Path.Combine(dossier.FullName, "document.pdf"), "-"], cancellationToken);
            return [.. texte.Split('\f').Where(p => p.Trim().Length > 0)];
        }
        finally
        {
            dossier.Delete(recursive: true);
        }
    }

    private static async Task<string> ExecuterAsync(string programme, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(programme) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{programme} did not start: install it (the test script does, as root).");
        using var delai = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        delai.CancelAfter(TimeSpan.FromSeconds(90));
        var sortie = process.StandardOutput.ReadToEndAsync(delai.Token);
        var erreurs = process.StandardError.ReadToEndAsync(delai.Token);
        await process.WaitForExitAsync(delai.Token);
        return process.ExitCode == 0 ? await sortie : throw new InvalidOperationException($"{programme} failed ({process.ExitCode}): {await erreurs}");
    }
}
