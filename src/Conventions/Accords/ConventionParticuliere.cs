using Conventions.Catalogue;
using Conventions.Erreurs;

namespace Conventions.Accords;

/// <summary>R11: a particular convention under a framework states every element its framework requires.</summary>
public static class ConventionParticuliere
{
    public static void Verifier(TypeDeConvention cadre, IReadOnlyDictionary<string, string> elements)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(elements);
        var manquants = (cadre.ElementsDesConventionsParticulieres ?? [])
            .Where(e => !elements.TryGetValue(e, out var valeur) || string.IsNullOrWhiteSpace(valeur))
            .ToList();
        if (manquants.Count > 0)
        {
            throw new RegleMetierException(CodesErreur.ElementsManquants, string.Join(", ", manquants));
        }
    }
}
