using Conventions.Erreurs;
using Conventions.Valeurs;

namespace Conventions.Calendrier;

/// <summary>R29: an FCIL lasts at least 3 months and never more than one school year.</summary>
public static class FormationFcil
{
    public static Periode Verifier(Periode periode, int moisDeRentree = 9)
    {
        if (periode.Fin < periode.Debut.AddMonths(3).AddDays(-1))
        {
            throw new RegleMetierException(CodesErreur.FcilTropCourte, periode.Debut, periode.Fin);
        }

        return periode.Fin <= AnneeScolaire.Fin(periode.Debut, moisDeRentree)
            ? periode
            : throw new RegleMetierException(CodesErreur.FcilTropLongue, periode.Debut, periode.Fin, AnneeScolaire.Fin(periode.Debut, moisDeRentree));
    }
}
