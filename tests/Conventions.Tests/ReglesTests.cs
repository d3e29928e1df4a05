using System.Reflection;

namespace Conventions.Tests;

/// <summary>Every rule of shared/DOMAIN.md (R01–R35) keeps at least one test named after it.</summary>
public sealed class ReglesTests
{
    [Fact]
    public void EveryDomainRule_R01ToR35_HasANamedTest()
    {
        var noms = typeof(ReglesTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .Select(m => m.Name)
            .ToList();

        var sansTest = Enumerable.Range(1, 35).Select(n => $"R{n:D2}_").Where(r => !noms.Any(n => n.StartsWith(r, StringComparison.Ordinal))).ToList();

        Assert.Empty(sansTest);
    }
}
