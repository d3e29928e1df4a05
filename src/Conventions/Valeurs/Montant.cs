using Conventions.Erreurs;

namespace Conventions.Valeurs;

/// <summary>An amount in euros, VAT included where the form says so: never negative, at most two decimals.</summary>
public readonly record struct Montant
{
    public static readonly decimal Maximum = 100_000_000m;

    private Montant(decimal euros) => Euros = euros;

    public decimal Euros { get; }

    public static Montant Depuis(decimal euros) =>
        euros < 0 ? throw new RegleMetierException(CodesErreur.MontantNegatif, euros)
        : decimal.Round(euros, 2) != euros ? throw new RegleMetierException(CodesErreur.MontantDecimales, euros)
        : euros > Maximum ? throw new RegleMetierException(CodesErreur.MontantTropEleve, euros, Maximum)
        : new Montant(euros);

    public override string ToString() => Euros.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("fr-BE")) + " €";
}
