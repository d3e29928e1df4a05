using Conventions.Erreurs;

namespace Conventions.Accords;

public enum TrancheDAge
{
    MoinsDe25,
    De25A34,
    De35A49,
    PlusDe50,
}

public enum NiveauDEtudes
{
    PrimaireOuSansDiplome,
    SecondaireInferieur,
    SecondaireSuperieur,
    Superieur,
}

public enum Genre
{
    Femme,
    Homme,
    AutreOuNonPrecise,
}

/// <summary>
/// R35: people's profiles (age, education, gender) exist only as counts per group; a group smaller than
/// <see cref="SeuilDeDiffusion"/> is shown as hidden, so that no one can be singled out.
/// </summary>
public sealed class ProfilsAgreges
{
    public const int SeuilDeDiffusion = 5;

    private readonly Dictionary<(TrancheDAge, NiveauDEtudes, Genre), int> _effectifs = [];

    public void Ajouter(TrancheDAge age, NiveauDEtudes etudes, Genre genre, int nombre)
    {
        if (nombre < 0)
        {
            throw new RegleMetierException(CodesErreur.EffectifNegatif, nombre);
        }

        _effectifs[(age, etudes, genre)] = _effectifs.GetValueOrDefault((age, etudes, genre)) + nombre;
    }

    public int Total => _effectifs.Values.Sum();

    /// <summary>The figures that may be published: null where a group is below the threshold.</summary>
    public IReadOnlyDictionary<(TrancheDAge Age, NiveauDEtudes Etudes, Genre Genre), int?> Publiables() =>
        _effectifs.Where(e => e.Value > 0).ToDictionary(e => e.Key, e => e.Value >= SeuilDeDiffusion ? e.Value : (int?)null);
}
