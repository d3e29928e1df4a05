using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TeamsConventions.Bot.Tests;

/// <summary>
/// The bot's namespaces as layers, read from the compiled IL (signatures and method bodies, closures and async state
/// machines counted with the type that owns them): no cycle between them, storage that knows no handler, card or
/// Teams type, a wire protocol that knows no handler or card. The composition root (<c>TeamsConventions.Bot</c>)
/// depends on everything and is left out.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Racine = "TeamsConventions.Bot";

    private static readonly Lazy<Dictionary<(string De, string Vers), string>> Dependances = new(Lire);

    [Fact]
    public void BotNamespaces_DependOnEachOther_WithoutACycle()
    {
        var graphe = Dependances.Value.Keys.GroupBy(d => d.De).ToDictionary(g => g.Key, g => g.Select(d => d.Vers).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var cycle = Cycle(graphe);

        Assert.True(cycle is null, cycle is null ? null : "Namespace cycle: " + string.Join(" → ", cycle) + "\n" +
            string.Join("\n", cycle.Zip(cycle.Skip(1)).Select(p => $"  {p.First} → {p.Second}: {Dependances.Value[(p.First, p.Second)]}")));
    }

    [Theory]
    [InlineData("Storage", new[] { "Handlers", "Teams", "Cards", "Envois", "Api" })]
    [InlineData("Teams", new[] { "Handlers", "Cards", "Envois", "Api", "Documents" })]
    [InlineData("Cards", new[] { "Handlers", "Storage", "Envois", "Api" })]
    public void Namespace_DoesNotDependOn_TheLayersAboveIt(string espace, string[] interdits)
    {
        var fautes = interdits.Where(i => Dependances.Value.ContainsKey((espace, i))).Select(i => $"{espace} → {i}: {Dependances.Value[(espace, i)]}").ToList();

        Assert.True(fautes.Count == 0, string.Join("\n", fautes));
    }

    [Fact]
    public void ArchitectureReading_SeesTheKnownDependencies_SoItCannotPassByReadingNothing()
    {
        Assert.Contains(("Handlers", "Teams"), Dependances.Value.Keys);
        Assert.Contains(("Teams", "Storage"), Dependances.Value.Keys);
        Assert.Contains(("Handlers", "Cards"), Dependances.Value.Keys);
    }

    /// <summary>Tests read as documentation: <c>Method_Scenario_Expected</c>.</summary>
    [Fact]
    public void TestNames_FollowOneScheme_MethodScenarioExpected()
    {
        var horsSchema = TeamsConventions.Tests.Partage.NomsDeTests.HorsSchema(typeof(ArchitectureTests).Assembly);

        Assert.True(horsSchema.Count == 0, string.Join("\n", horsSchema));
    }

    /// <summary>Every pair (namespace, namespace it uses) of the bot, each with one example "type → type".</summary>
    private static Dictionary<(string, string), string> Lire()
    {
        using var module = ModuleDefinition.ReadModule(typeof(BotApplication).Assembly.Location);
        var dependances = new Dictionary<(string, string), string>();
        foreach (var type in module.GetTypes())
        {
            if (Couche(type) is not { } de)
            {
                continue;
            }

            foreach (var utilise in Utilises(type))
            {
                if (Couche(utilise) is { } vers && vers != de)
                {
                    dependances.TryAdd((de, vers), $"{Exterieur(type).FullName} uses {Exterieur(utilise).FullName}");
                }
            }
        }

        return dependances;
    }

    private static IEnumerable<TypeReference> Utilises(TypeDefinition type)
    {
        var utilises = new List<TypeReference?> { type.BaseType };
        utilises.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        utilises.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        utilises.AddRange(type.Fields.Select(f => f.FieldType));
        utilises.AddRange(type.Properties.Select(p => p.PropertyType));
        foreach (var methode in type.Methods)
        {
            utilises.Add(methode.ReturnType);
            utilises.AddRange(methode.Parameters.Select(p => p.ParameterType));
            utilises.AddRange(methode.CustomAttributes.Select(a => a.AttributeType));
            if (!methode.HasBody)
            {
                continue;
            }

            utilises.AddRange(methode.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in methode.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        utilises.Add(t);
                        break;
                    case MethodReference m:
                        utilises.Add(m.DeclaringType);
                        utilises.Add(m.ReturnType);
                        utilises.AddRange(m.Parameters.Select(p => p.ParameterType));
                        if (m is GenericInstanceMethod g)
                        {
                            utilises.AddRange(g.GenericArguments);
                        }

                        break;
                    case FieldReference f:
                        utilises.Add(f.DeclaringType);
                        utilises.Add(f.FieldType);
                        break;
                }
            }
        }

        return utilises.OfType<TypeReference>().SelectMany(Deplier);
    }

    /// <summary>A type and what it is built of: List&lt;Tour&gt; is List and Tour, Tour[] is Tour.</summary>
    private static IEnumerable<TypeReference> Deplier(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generique:
                yield return generique.ElementType;
                foreach (var argument in generique.GenericArguments.SelectMany(Deplier))
                {
                    yield return argument;
                }

                break;
            case TypeSpecification specification:
                foreach (var element in Deplier(specification.ElementType))
                {
                    yield return element;
                }

                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }

    private static TypeReference Exterieur(TypeReference type)
    {
        while (type.DeclaringType is { } parent)
        {
            type = parent;
        }

        return type;
    }

    /// <summary>"Handlers" for TeamsConventions.Bot.Handlers.X and its nested types; null outside the bot's layers.</summary>
    private static string? Couche(TypeReference type)
    {
        var espace = Exterieur(type).Namespace;
        return espace.StartsWith(Racine + ".", StringComparison.Ordinal) ? espace[(Racine.Length + 1)..].Split('.')[0] : null;
    }

    private static List<string>? Cycle(Dictionary<string, HashSet<string>> graphe)
    {
        var etat = new Dictionary<string, int>(StringComparer.Ordinal);
        var chemin = new List<string>();

        List<string>? Visiter(string noeud)
        {
            etat[noeud] = 1;
            chemin.Add(noeud);
            foreach (var suivant in graphe.GetValueOrDefault(noeud) ?? [])
            {
                if (etat.GetValueOrDefault(suivant) == 1)
                {
                    return [.. chemin.SkipWhile(n => n != suivant), suivant];
                }

                if (etat.GetValueOrDefault(suivant) == 0 && Visiter(suivant) is { } trouve)
                {
                    return trouve;
                }
            }

            chemin.RemoveAt(chemin.Count - 1);
            etat[noeud] = 2;
            return null;
        }

        return graphe.Keys.Order(StringComparer.Ordinal).Select(n => etat.GetValueOrDefault(n) == 0 ? Visiter(n) : null).FirstOrDefault(c => c is not null);
    }
}
