using Conventions.Erreurs;

namespace Conventions.Valeurs;

/// <summary>A phone number as people write them in Belgium (04 123 45 67, +32 4 123 45 67, 0032/4.123.45.67).</summary>
public readonly record struct Telephone
{
    private Telephone(string valeur) => Valeur = valeur;

    public string Valeur { get; }

    public static Telephone Depuis(string? saisie)
    {
        var valeur = (saisie ?? string.Empty).Trim();
        var corps = valeur.StartsWith('+') ? valeur[1..] : valeur;
        var chiffres = corps.Count(char.IsAsciiDigit);
        var caracteresPermis = corps.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '/' or '-' or '(' or ')');
        return caracteresPermis && chiffres is >= 9 and <= 15
            ? new Telephone(valeur)
            : throw new RegleMetierException(CodesErreur.TelephoneInvalide, valeur);
    }

    public override string ToString() => Valeur;
}
