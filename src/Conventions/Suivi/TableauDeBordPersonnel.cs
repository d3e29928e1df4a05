namespace Conventions.Suivi;

/// <summary>
/// What a member sees under "mes dossiers": first what waits for them, most urgent first (overdue, then by
/// deadline, undated last); then what they follow, most recent deadline first; finished items are left out.
/// </summary>
public sealed record TableauDeBordPersonnel(IReadOnlyList<ElementSuivi> EnAttenteDeVous, IReadOnlyList<ElementSuivi> EnCours)
{
    public bool EstVide => EnAttenteDeVous.Count == 0 && EnCours.Count == 0;

    public static TableauDeBordPersonnel Composer(IEnumerable<ElementSuivi> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var actifs = elements.Where(e => e.Etat != EtatElement.Termine).ToList();
        var enAttente = actifs
            .Where(e => e.Etat == EtatElement.ActionAttendue)
            .OrderBy(e => e.Echeance ?? DateTimeOffset.MaxValue)
            .ThenBy(e => e.Intitule, StringComparer.Ordinal)
            .ToList();
        var enCours = actifs
            .Where(e => e.Etat == EtatElement.EnCours)
            .OrderByDescending(e => e.Echeance ?? DateTimeOffset.MinValue)
            .ThenBy(e => e.Intitule, StringComparer.Ordinal)
            .ToList();
        return new TableauDeBordPersonnel(enAttente, enCours);
    }
}
