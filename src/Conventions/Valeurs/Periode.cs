using Conventions.Erreurs;

namespace Conventions.Valeurs;

/// <summary>Inclusive calendar days, Europe/Brussels.</summary>
public readonly record struct Periode
{
    public Periode(DateOnly debut, DateOnly fin)
    {
        if (fin < debut)
        {
            throw new RegleMetierException(CodesErreur.PeriodeInversee, debut, fin);
        }

        Debut = debut;
        Fin = fin;
    }

    public DateOnly Debut { get; }

    public DateOnly Fin { get; }

    public bool Contient(DateOnly jour) => jour >= Debut && jour <= Fin;

    public bool Chevauche(Periode autre) => Debut <= autre.Fin && autre.Debut <= Fin;
}
