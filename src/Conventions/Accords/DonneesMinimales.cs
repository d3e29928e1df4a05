using Conventions.Erreurs;

namespace Conventions.Accords;

/// <summary>
/// R24: about a person, the parties exchange only the minimal data set a hand-over needs, official data flows
/// first (the Forem job-seeker file). Anything else (health, family, case notes) is refused.
/// </summary>
public static class DonneesMinimales
{
    public static readonly IReadOnlySet<string> Permises = new HashSet<string>(StringComparer.Ordinal)
    {
        "Nom", "Prenom", "DateDeNaissance", "NumeroDeDossierForem", "Statut", "ReferentCpas", "ReferentForem",
    };

    public static void Verifier(IEnumerable<string> champs)
    {
        var refuses = (champs ?? []).Where(c => !Permises.Contains(c)).ToList();
        if (refuses.Count > 0)
        {
            throw new RegleMetierException(CodesErreur.DonneesNonMinimales, string.Join(", ", refuses), string.Join(", ", Permises));
        }
    }
}
