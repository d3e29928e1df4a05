using System.Text.Json;
using System.Text.Json.Serialization;
using Conventions.Erreurs;

namespace Conventions.Catalogue;

/// <summary>Every convention kind and committee statute, read from their JSON files and checked as a whole.</summary>
public sealed class CatalogueDesConventions
{
    private static readonly JsonSerializerOptions Lecture = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private CatalogueDesConventions(
        IReadOnlyDictionary<string, TypeDeConvention> types, IReadOnlyDictionary<string, StatutsDeComite> comites, IReadOnlyDictionary<string, FormulaireDeDossier> formulaires,
        IReadOnlyDictionary<string, FormulaireDePlan> plans, IReadOnlyDictionary<string, FormulaireDeConventionParticuliere> conventionsParticulieres,
        IReadOnlyDictionary<string, FormulaireDeDossier> formulairesDeConvention)
    {
        FormulairesDeConvention = formulairesDeConvention;
        Types = types;
        Comites = comites;
        Formulaires = formulaires;
        Plans = plans;
        ConventionsParticulieres = conventionsParticulieres;
    }

    public IReadOnlyDictionary<string, TypeDeConvention> Types { get; }

    public IReadOnlyDictionary<string, StatutsDeComite> Comites { get; }

    /// <summary>The dossier de proposition of each kind that is applied for through a call, by kind.</summary>
    public IReadOnlyDictionary<string, FormulaireDeDossier> Formulaires { get; }

    /// <summary>The form of each kind drafted in chat without a call (Catalogue/Conventions), by kind.</summary>
    public IReadOnlyDictionary<string, FormulaireDeDossier> FormulairesDeConvention { get; }

    /// <summary>What a committee's plans ask of each action (Catalogue/Plans), by code.</summary>
    public IReadOnlyDictionary<string, FormulaireDePlan> Plans { get; }

    /// <summary>What a particular convention asks (Catalogue/ConventionsParticulieres), by code.</summary>
    public IReadOnlyDictionary<string, FormulaireDeConventionParticuliere> ConventionsParticulieres { get; }

    /// <summary>The catalogue shipped in this assembly (Catalogue/Types, Catalogue/Comites, Catalogue/Formulaires, Catalogue/Plans, Catalogue/ConventionsParticulieres, Catalogue/Conventions).</summary>
    public static CatalogueDesConventions Charger()
    {
        var assembly = typeof(CatalogueDesConventions).Assembly;
        IEnumerable<(string, string)> Lire(string dossier) => assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(dossier + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var lecteur = new StreamReader(assembly.GetManifestResourceStream(n) ?? throw new CatalogueInvalideException([$"{n}: embedded file cannot be read"]));
                return (n, lecteur.ReadToEnd());
            });
        return Depuis(Lire("types"), Lire("comites"), Lire("formulaires"), Lire("plans"), Lire("conventions-particulieres"), Lire("conventions"));
    }

    public static CatalogueDesConventions Depuis(
        IEnumerable<(string Fichier, string Json)> types, IEnumerable<(string Fichier, string Json)> comites, IEnumerable<(string Fichier, string Json)>? formulaires = null,
        IEnumerable<(string Fichier, string Json)>? plans = null, IEnumerable<(string Fichier, string Json)>? conventionsParticulieres = null,
        IEnumerable<(string Fichier, string Json)>? conventions = null)
    {
        var problemes = new List<string>();
        var statuts = Analyser<StatutsDeComite>(comites, problemes);
        var definitions = Analyser<TypeDeConvention>(types, problemes);
        var dossiers = Analyser<FormulaireDeDossier>(formulaires ?? [], problemes);
        var formulairesDePlan = Analyser<FormulaireDePlan>(plans ?? [], problemes);
        var particulieres = Analyser<FormulaireDeConventionParticuliere>(conventionsParticulieres ?? [], problemes);
        var formulairesDeConvention = Analyser<FormulaireDeDossier>(conventions ?? [], problemes);
        foreach (var (fichier, comite) in statuts)
        {
            problemes.AddRange(ValidationDuCatalogue.Verifier(comite).Select(p => $"{fichier}: {p}"));
        }

        var codesDeComites = statuts.Select(s => s.Valeur.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (fichier, type) in definitions)
        {
            problemes.AddRange(ValidationDuCatalogue.Verifier(type, codesDeComites).Select(p => $"{fichier}: {p}"));
        }

        var parType = definitions.Select(d => d.Valeur).DistinctBy(t => t.Code).ToDictionary(t => t.Code, StringComparer.Ordinal);
        foreach (var (fichier, formulaire) in dossiers)
        {
            problemes.AddRange(ValidationDuFormulaire.Verifier(formulaire, parType.GetValueOrDefault(formulaire.Type)).Select(p => $"{fichier}: {p}"));
        }

        foreach (var (fichier, formulaire) in formulairesDeConvention)
        {
            problemes.AddRange(ValidationDuFormulaire.Verifier(formulaire, parType.GetValueOrDefault(formulaire.Type)).Select(p => $"{fichier}: {p}"));
            if (formulaire.Convention is null)
            {
                problemes.Add($"{fichier}: a convention's form says how its fields make the convention ('convention').");
            }

            if (formulaire.Convention?.Fcil is { } fcil && parType.GetValueOrDefault(formulaire.Type)?.Attestations is { } attestations && !attestations.ContainsKey(fcil.Option))
            {
                problemes.Add($"{fichier}: the FCIL option '{fcil.Option}' names no certificate variant of kind '{formulaire.Type}' ({string.Join(", ", attestations.Keys)}).");
            }

            if (dossiers.Any(d => d.Valeur.Type == formulaire.Type))
            {
                problemes.Add($"{fichier}: kind '{formulaire.Type}' is applied for through a call: its convention comes from the approved dossier.");
            }
        }

        foreach (var (fichier, plan) in formulairesDePlan)
        {
            problemes.AddRange(ValidationDuFormulaire.Verifier(plan, codesDeComites).Select(p => $"{fichier}: {p}"));
        }

        foreach (var (fichier, particuliere) in particulieres)
        {
            problemes.AddRange(ValidationDuFormulaire.Verifier(particuliere, codesDeComites, parType.GetValueOrDefault(particuliere.Cadre)).Select(p => $"{fichier}: {p}"));
        }

        problemes.AddRange(Doublons(formulairesDePlan.Select(d => (d.Fichier, d.Valeur.Type))));
        problemes.AddRange(Doublons(particulieres.Select(d => (d.Fichier, d.Valeur.Type))));
        problemes.AddRange(Doublons(definitions.Select(d => (d.Fichier, d.Valeur.Code))));
        problemes.AddRange(Doublons(dossiers.Select(d => (d.Fichier, d.Valeur.Type))));
        problemes.AddRange(Doublons(formulairesDeConvention.Select(d => (d.Fichier, d.Valeur.Type))));
        problemes.AddRange(Doublons(statuts.Select(d => (d.Fichier, d.Valeur.Code))));
        if (definitions.Count == 0)
        {
            problemes.Add("no convention kind at all.");
        }

        return problemes.Count > 0
            ? throw new CatalogueInvalideException(problemes)
            : new CatalogueDesConventions(
                definitions.ToDictionary(d => d.Valeur.Code, d => d.Valeur, StringComparer.Ordinal),
                statuts.ToDictionary(s => s.Valeur.Code, s => s.Valeur, StringComparer.Ordinal),
                dossiers.ToDictionary(f => f.Valeur.Type, f => f.Valeur, StringComparer.Ordinal),
                formulairesDePlan.ToDictionary(f => f.Valeur.Type, f => f.Valeur, StringComparer.Ordinal),
                particulieres.ToDictionary(f => f.Valeur.Type, f => f.Valeur, StringComparer.Ordinal),
                formulairesDeConvention.ToDictionary(f => f.Valeur.Type, f => f.Valeur, StringComparer.Ordinal));
    }

    public TypeDeConvention Type(string code) =>
        Types.TryGetValue(code, out var type) ? type : throw new RegleMetierException(CodesErreur.TypeInconnu, code);

    public StatutsDeComite Comite(string code) =>
        Comites.TryGetValue(code, out var statuts) ? statuts : throw new RegleMetierException(CodesErreur.ComiteInconnu, code);

    private static List<(string Fichier, T Valeur)> Analyser<T>(IEnumerable<(string Fichier, string Json)> fichiers, List<string> problemes)
        where T : class
    {
        var lus = new List<(string, T)>();
        foreach (var (fichier, json) in fichiers)
        {
            try
            {
                lus.Add((fichier, JsonSerializer.Deserialize<T>(json, Lecture) ?? throw new JsonException("the file is empty.")));
            }
            catch (JsonException e)
            {
                problemes.Add($"{fichier}: {e.Message}");
            }
        }

        return lus;
    }

    private static IEnumerable<string> Doublons(IEnumerable<(string Fichier, string Code)> codes) =>
        codes.GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"code '{g.Key}' is defined twice ({string.Join(", ", g.Select(c => c.Fichier))}).");
}
