using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using TeamsConventions.Testing;

namespace TeamsConventions.Deployment.Tests;

/// <summary>The Bicep of infra/ compiles and passes the linter with no warning (Bicep CLI from NuGet).</summary>
public sealed class InfrastructureTests
{
    private static readonly string Bicep = typeof(InfrastructureTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
    private static readonly string Infra = Path.Combine(RepositoryRoot.Path, "infra");

    [Fact]
    public async Task Build_MainBicep_CompilesWithoutWarnings()
    {
        var (code, sortie, erreurs) = await BicepAsync("build", Path.Combine(Infra, "main.bicep"), "--stdout");

        Assert.True(code == 0, erreurs);
        Assert.Equal(string.Empty, erreurs.Trim());
        var modele = JsonDocument.Parse(sortie).RootElement;
        var types = modele.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("type").GetString()).ToList();
        Assert.Contains("Microsoft.BotService/botServices/channels", types);
        Assert.Contains("Microsoft.Authorization/roleAssignments", types);
        Assert.Equal(["botDomain", "botId", "tableServiceUri", "webAppName"], modele.GetProperty("outputs").EnumerateObject().Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lint_MainBicep_HasNoWarning()
    {
        var (code, sortie, erreurs) = await BicepAsync("lint", Path.Combine(Infra, "main.bicep"));

        Assert.True(code == 0, sortie + erreurs);
        Assert.Equal(string.Empty, (sortie + erreurs).Trim());
    }

    [Fact]
    public async Task Parameters_DevFile_MatchTheTemplate()
    {
        var (code, _, erreurs) = await BicepAsync("build-params", Path.Combine(Infra, "main.dev.bicepparam"), "--stdout");

        Assert.True(code == 0, erreurs);
        Assert.Equal(string.Empty, erreurs.Trim());
    }

    [Fact]
    public void Storage_AllowsNoSharedKeyAndTheSiteOnlyHttps()
    {
        var bicep = File.ReadAllText(Path.Combine(Infra, "main.bicep"));

        Assert.Contains("allowSharedKeyAccess: false", bicep, StringComparison.Ordinal);
        Assert.Contains("httpsOnly: true", bicep, StringComparison.Ordinal);
        Assert.Contains("healthCheckPath: '/healthz'", bicep, StringComparison.Ordinal);
        Assert.Contains("msaAppType: 'UserAssignedMSI'", bicep, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Sortie, string Erreurs)> BicepAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo(Bicep) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var sortie = process.StandardOutput.ReadToEndAsync();
        var erreurs = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await sortie, await erreurs);
    }
}
