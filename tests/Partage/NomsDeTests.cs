using System.Reflection;
using System.Text.RegularExpressions;

namespace TeamsConventions.Tests.Partage;

/// <summary>The one naming scheme of the tests: <c>Method_Scenario_Expected</c> (PascalCase parts, the scenario left out when there is one), or the rule number first (<c>R06_…</c>).</summary>
public static partial class NomsDeTests
{
    /// <summary>"Class.Method" of every test of <paramref name="assemblee"/> whose name does not follow the scheme.</summary>
    public static IReadOnlyList<string> HorsSchema(Assembly assemblee)
    {
        ArgumentNullException.ThrowIfNull(assemblee);
        return [.. assemblee.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => (Type: t, Methode: m)))
            .Where(p => p.Methode.GetCustomAttributes().Any(a => a.GetType().Name is "FactAttribute" or "TheoryAttribute"))
            .Where(p => !Schema().IsMatch(p.Methode.Name))
            .Select(p => $"{p.Type.Name}.{p.Methode.Name}")];
    }

    [GeneratedRegex(@"^(R\d\d|[A-Z][A-Za-z0-9]*)(_[A-Z][A-Za-z0-9]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Schema();
}
