namespace Conventions.Catalogue;

/// <summary>
/// What a committee's action plan asks of each action, as data (Catalogue/Plans): its fields, and the roles two of
/// them play — <paramref name="Intitule"/> names the action in lists, <paramref name="Responsable"/> is the member who
/// follows it (R12). <paramref name="Comite"/> drafts the plan and gives its opinion; <paramref name="Validation"/>
/// validates it (seed 002).
/// </summary>
/// <param name="Libelle">What the plan is called, in French (« Plan d'actions »); <paramref name="Label"/> in English.</param>
public sealed record FormulaireDePlan(
    string Type,
    string Libelle,
    string Label,
    string Comite,
    string Validation,
    string Intitule,
    string Responsable,
    IReadOnlyList<DefinitionDeChamp> Champs,
    IReadOnlyDictionary<string, IReadOnlyList<OptionDeChoix>>? Options = null)
{
    /// <summary>The action's fields as a one-step form, for the entry checks every form shares.</summary>
    public FormulaireDeDossier CommeFormulaire => new(Type, [new EtapeDuFormulaire("action", "Action", "Action", Champs)], Options);

    public DefinitionDeChamp? Definition(string id) => Champs.FirstOrDefault(c => c.Id == id);
}
