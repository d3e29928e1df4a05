using Conventions.Erreurs;

namespace Conventions.Accords;

/// <summary>R18: several CPAS of one bassin whose fiches-actions are identical may share one enlarged follow-up committee.</summary>
public static class ComiteElargi
{
    public static void Verifier(IReadOnlyList<Convention> conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        if (conventions.Count < 2)
        {
            throw new RegleMetierException(CodesErreur.ComiteElargiTropPeu);
        }

        if (conventions.Select(c => c.Bassin).Distinct(StringComparer.Ordinal).Count() != 1 || conventions[0].Bassin is null)
        {
            throw new RegleMetierException(CodesErreur.ComiteElargiBassins);
        }

        var reference = conventions[0].FichesActions.ToHashSet();
        if (reference.Count == 0 || conventions.Any(c => !c.FichesActions.ToHashSet().SetEquals(reference)))
        {
            throw new RegleMetierException(CodesErreur.ComiteElargiFiches);
        }
    }
}
