using Conventions.Catalogue;
using Conventions.Erreurs;

namespace Conventions.Accords;

/// <summary>R31: who co-signs a competence certificate depends on the variant (coloration or FCIL).</summary>
public static class AttestationDeCompetences
{
    public static void Verifier(TypeDeConvention type, string variante, IReadOnlyCollection<string> cosignataires)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(cosignataires);
        var regle = type.Attestations?.GetValueOrDefault(variante) ?? throw new RegleMetierException(CodesErreur.VarianteInconnue, variante, type.Intitule);
        var autorites = cosignataires.Count(regle.UnParmi.Contains);
        if (autorites != 1)
        {
            throw new RegleMetierException(CodesErreur.AttestationAutorite, variante, string.Join(", ", regle.UnParmi));
        }

        if (regle.Et.FirstOrDefault(e => !cosignataires.Contains(e)) is { } manquant)
        {
            throw new RegleMetierException(CodesErreur.AttestationCosignataire, variante, manquant);
        }
    }
}
