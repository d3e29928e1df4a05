using Conventions.Valeurs;

namespace Conventions.Calendrier;

/// <summary>
/// What a given convention adds to its kind's term rule: the length of the training cycle in school years
/// (seed 003), the period the dossier proposed (seed 004), the agreed notice when the kind leaves it open
/// (seed 003: "préavis de X mois").
/// </summary>
public sealed record ParametresDeDuree(int? AnneesDuCycle = null, Periode? PeriodeProposee = null, int? PreavisEnMois = null)
{
    public static readonly ParametresDeDuree Aucun = new();
}
