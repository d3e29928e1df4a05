using Conventions.Erreurs;

namespace Conventions.Suivi;

/// <summary>One dossier, convention, vote, signature or evaluation that a member follows.</summary>
public sealed record ElementSuivi
{
    public ElementSuivi(string reference, NatureElement nature, string intitule, EtatElement etat, DateTimeOffset? echeance, int? avancement = null)
    {
        if (string.IsNullOrWhiteSpace(intitule))
        {
            throw new RegleMetierException(CodesErreur.IntituleManquant, reference);
        }

        Reference = reference;
        Nature = nature;
        Intitule = intitule.Trim();
        Etat = etat;
        Echeance = echeance;
        Avancement = avancement is null or (>= 0 and <= 100) ? avancement : throw new ArgumentOutOfRangeException(nameof(avancement));
    }

    public string Reference { get; }

    public NatureElement Nature { get; }

    public string Intitule { get; }

    public EtatElement Etat { get; }

    public DateTimeOffset? Echeance { get; }

    /// <summary>For a dossier being filled: the share of its mandatory fields filled, in percent.</summary>
    public int? Avancement { get; }

    public bool EstEnRetard(DateTimeOffset maintenant) => Etat == EtatElement.ActionAttendue && Echeance < maintenant;
}
