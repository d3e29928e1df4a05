namespace Conventions.Catalogue;

/// <summary>
/// What a particular convention asks (Catalogue/ConventionsParticulieres), as data: its fields, the one that names it
/// (<paramref name="Intitule"/>), and which field states each element its framework <paramref name="Cadre"/> requires
/// (R11, <paramref name="Elements"/>: element → field). <paramref name="Comite"/> drafts it and gives its opinion;
/// <paramref name="Validation"/> validates and approves it (seed 002, art. 4 and 5).
/// </summary>
/// <param name="Libelle">What it is called, in French (« Convention particulière »); <paramref name="Label"/> in English.</param>
public sealed record FormulaireDeConventionParticuliere(
    string Type,
    string Libelle,
    string Label,
    string Comite,
    string Validation,
    string Cadre,
    string Intitule,
    IReadOnlyDictionary<string, string> Elements,
    IReadOnlyList<DefinitionDeChamp> Champs,
    IReadOnlyDictionary<string, IReadOnlyList<OptionDeChoix>>? Options = null)
{
    /// <summary>Its fields as a one-step form, for the entry checks every form shares.</summary>
    public FormulaireDeDossier CommeFormulaire => new(Type, [new EtapeDuFormulaire("convention", Libelle, Label, Champs)], Options);

    public DefinitionDeChamp? Definition(string id) => Champs.FirstOrDefault(c => c.Id == id);
}
