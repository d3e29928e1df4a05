using System.Xml.Linq;
using Conventions.Membres;

namespace Conventions.Tests;

/// <summary>The domain knows nothing of Teams, HTTP, Azure or Graph: it references the base library only.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Domain_ReferencesOnlyTheBaseRuntime_NeverAPackageOrAspNet()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = typeof(MembreId).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, nom => Assert.True(File.Exists(Path.Combine(runtime, nom + ".dll")), $"The domain references {nom}, which is not part of the base .NET runtime."));
        Assert.DoesNotContain(references, nom => nom.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || nom.StartsWith("Azure", StringComparison.Ordinal));
    }

    [Fact]
    public void DomainProject_HasNoPackageOrProjectReference()
    {
        var projet = XDocument.Load(Path.Combine(RacineDuDepot(), "src", "Conventions", "Conventions.csproj"));

        var references = projet.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference" or "Reference").ToList();

        Assert.Empty(references);
    }

    [Fact]
    public void GraphAdapter_ImplementsTheApplicationsPorts_NeverReferencesTheBot()
    {
        var projet = XDocument.Load(Path.Combine(RacineDuDepot(), "src", "Graph", "TeamsConventions.Graph.csproj"));

        var references = projet.Descendants().Where(e => e.Name.LocalName == "ProjectReference").Select(e => Path.GetFileName(e.Attribute("Include")!.Value.Replace('\\', '/'))).ToList();

        Assert.Equal(["Conventions.csproj", "TeamsConventions.Application.csproj"], references);
    }

    /// <summary>The use cases know no Teams, card, HTTP or Azure type: their project may reference the domain and nothing else.</summary>
    [Fact]
    public void ApplicationLayer_DependsOnTheDomainOnly_NoPackageNoFrameworkNoBot()
    {
        var projet = XDocument.Load(Path.Combine(RacineDuDepot(), "src", "Application", "TeamsConventions.Application.csproj"));

        var references = projet.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference" or "Reference")
            .Select(e => e.Name.LocalName + " " + Path.GetFileName((e.Attribute("Include")?.Value ?? string.Empty).Replace('\\', '/'))).ToList();

        Assert.Equal(["ProjectReference Conventions.csproj"], references);
    }

    /// <summary>Tests read as documentation: <c>Method_Scenario_Expected</c>, or the rule they prove (<c>R06_…</c>).</summary>
    [Fact]
    public void TestNames_FollowOneScheme_TheMethodOrTheRule_ThenScenarioAndExpectation()
    {
        var horsSchema = TeamsConventions.Tests.Partage.NomsDeTests.HorsSchema(typeof(ArchitectureTests).Assembly);

        Assert.True(horsSchema.Count == 0, string.Join("\n", horsSchema));
    }

    private static string RacineDuDepot()
    {
        for (var dossier = new DirectoryInfo(AppContext.BaseDirectory); dossier is not null; dossier = dossier.Parent)
        {
            if (File.Exists(Path.Combine(dossier.FullName, "TeamsConventions.sln")))
            {
                return dossier.FullName;
            }
        }

        throw new InvalidOperationException("TeamsConventions.sln not found.");
    }
}
