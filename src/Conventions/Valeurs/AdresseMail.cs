using System.Text.RegularExpressions;
using Conventions.Erreurs;

namespace Conventions.Valeurs;

public readonly partial record struct AdresseMail
{
    private AdresseMail(string valeur) => Valeur = valeur;

    public string Valeur { get; }

    public static AdresseMail Depuis(string? saisie)
    {
        var valeur = (saisie ?? string.Empty).Trim();
        return valeur.Length <= 254 && Forme().IsMatch(valeur)
            ? new AdresseMail(valeur)
            : throw new RegleMetierException(CodesErreur.MailInvalide, valeur);
    }

    public override string ToString() => Valeur;

    [GeneratedRegex(@"^[^@\s""<>(),;:\\\[\]]{1,64}@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}$")]
    private static partial Regex Forme();
}
