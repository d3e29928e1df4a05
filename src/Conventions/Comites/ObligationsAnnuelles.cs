using Conventions.Catalogue;

namespace Conventions.Comites;

/// <summary>
/// R13: every year, a Comité de suivi reports to the Comité d'accompagnement, and the Comité d'accompagnement
/// evaluates the framework for the Ministers. A year's report is due from 1 January of the next year.
/// </summary>
public static class ObligationsAnnuelles
{
    public static IReadOnlyList<int> RapportsDus(StatutsDeComite statuts, DateOnly constitution, DateOnly aujourdhui, IReadOnlySet<int> rapportsDeposes)
    {
        ArgumentNullException.ThrowIfNull(statuts);
        ArgumentNullException.ThrowIfNull(rapportsDeposes);
        if (statuts.Obligation is null)
        {
            return [];
        }

        return [.. Enumerable.Range(constitution.Year, Math.Max(0, aujourdhui.Year - constitution.Year)).Where(annee => !rapportsDeposes.Contains(annee))];
    }
}
