using System.Diagnostics;
using System.Text;

namespace TeamsConventions.Testing;

/// <summary>A Node.js tool from tools/node_modules run as a child process; its output is kept for failure messages.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _sortie = new();

    private NodeProcess(Process process) => _process = process;

    public string Sortie
    {
        get
        {
            lock (_sortie)
            {
                return _sortie.ToString();
            }
        }
    }

    public static NodeProcess Demarrer(string script, IEnumerable<string> arguments, string dossier, IDictionary<string, string>? environnement = null, IEnumerable<string>? prechargements = null)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = dossier,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var module in prechargements ?? [])
        {
            info.ArgumentList.Add("-r");
            info.ArgumentList.Add(module);
        }

        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (cle, valeur) in environnement ?? new Dictionary<string, string>())
        {
            info.Environment[cle] = valeur;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("node could not be started: is Node.js installed?");
        var noeud = new NodeProcess(process);
        process.OutputDataReceived += (_, e) => noeud.Noter(e.Data);
        process.ErrorDataReceived += (_, e) => noeud.Noter(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return noeud;
    }

    public bool EstTermine => _process.HasExited;

    /// <summary>Runs a script to its end; its standard output, or an exception with everything it printed.</summary>
    public static async Task<string> ExecuterAsync(string script, IEnumerable<string> arguments, TimeSpan delai)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepositoryRoot.Path };
        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("node could not be started: is Node.js installed?");
        var sortie = process.StandardOutput.ReadToEndAsync();
        var erreurs = process.StandardError.ReadToEndAsync();
        using var annulation = new CancellationTokenSource(delai);
        await process.WaitForExitAsync(annulation.Token);
        return process.ExitCode == 0
            ? await sortie
            : throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await erreurs}{await sortie}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Noter(string? ligne)
    {
        if (ligne is null)
        {
            return;
        }

        lock (_sortie)
        {
            _sortie.AppendLine(ligne);
        }
    }
}
