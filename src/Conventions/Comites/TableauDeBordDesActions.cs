using Conventions.Erreurs;

namespace Conventions.Comites;

public enum EtatDeLAction
{
    Prevue,
    EnCours,
    Realisee,
    Abandonnee,
}

public sealed record LigneDuTableauDeBord(string Action, EtatDeLAction Etat, DateOnly MiseAJour);

/// <summary>
/// R12: a Comité de suivi keeps the dashboard of its actions up to date for the Comité d'accompagnement: an
/// action still open must have been updated within <see cref="FraicheurMaximaleEnMois"/> months.
/// </summary>
public sealed class TableauDeBordDesActions
{
    public const int FraicheurMaximaleEnMois = 3;

    private readonly Dictionary<string, LigneDuTableauDeBord> _lignes = new(StringComparer.Ordinal);

    public IReadOnlyCollection<LigneDuTableauDeBord> Lignes => _lignes.Values;

    public void MettreAJour(string action, EtatDeLAction etat, DateOnly jour)
    {
        if (_lignes.TryGetValue(action, out var precedente) && jour < precedente.MiseAJour)
        {
            throw new RegleMetierException(CodesErreur.MiseAJourAnterieure, action, precedente.MiseAJour);
        }

        _lignes[action] = new LigneDuTableauDeBord(action, etat, jour);
    }

    public IReadOnlyList<LigneDuTableauDeBord> ActionsNonAJour(DateOnly aujourdhui) =>
        [.. _lignes.Values.Where(l => l.Etat is EtatDeLAction.Prevue or EtatDeLAction.EnCours && l.MiseAJour < aujourdhui.AddMonths(-FraicheurMaximaleEnMois))];

    public bool EstAJour(DateOnly aujourdhui) => ActionsNonAJour(aujourdhui).Count == 0;
}
