using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Valeurs;

namespace Conventions.Calendrier;

/// <summary>
/// The dates of one convention, derived from its kind's rules and its signature day (Europe/Brussels): its terms
/// (initial, then each renewal), the last day to give notice for each term, when a notice given on a day takes
/// effect, and when evaluations are due. Anniversaries are always counted from the signature day, so a
/// convention signed on 29 February is evaluated on 28 February, and on 29 February again in leap years.
/// </summary>
public sealed class CalendrierDeConvention
{
    private readonly TypeDeConvention _type;
    private readonly ParametresDeDuree _parametres;

    public CalendrierDeConvention(TypeDeConvention type, DateOnly signature, ParametresDeDuree? parametres = null)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
        _parametres = parametres ?? ParametresDeDuree.Aucun;
        Signature = signature;
        Verifier();
    }

    public DateOnly Signature { get; }

    public int PreavisEnMois => _parametres.PreavisEnMois ?? _type.Preavis.Mois;

    public bool ADesTermes => _type.Duree.Type != TypeDeDuree.Indeterminee;

    /// <summary>The <paramref name="rang"/>-th term (0 = initial); null when the convention has no such term.</summary>
    public Periode? Terme(int rang)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rang);
        if (!ADesTermes || (rang > 0 && _type.Reconduction == Reconduction.Aucune))
        {
            return null;
        }

        var duree = _type.Duree;
        return duree.Type switch
        {
            TypeDeDuree.DepuisLaSignature => new Periode(Signature.AddYears(rang * duree.Annees), Signature.AddYears((rang + 1) * duree.Annees).AddDays(-1)),
            TypeDeDuree.JourFixe => TermeAJourFixe(rang),
            TypeDeDuree.CycleDeFormation => TermeDeCycle(rang),
            TypeDeDuree.PeriodeProposee => _parametres.PeriodeProposee,
            _ => null,
        };
    }

    /// <summary>Every term in order, as far as <paramref name="jusquA"/>.</summary>
    public IEnumerable<Periode> Termes(DateOnly jusquA)
    {
        for (var rang = 0; Terme(rang) is { } terme && terme.Debut <= jusquA; rang++)
        {
            yield return terme;
        }
    }

    /// <summary>The term that contains <paramref name="jour"/>.</summary>
    public Periode? TermeEnCours(DateOnly jour) => Termes(jour).Where(t => t.Contient(jour)).Select(t => (Periode?)t).LastOrDefault();

    /// <summary>The last day a party can give notice so that the convention ends with <paramref name="terme"/>.</summary>
    public DateOnly DateLimiteDePreavis(Periode terme) => terme.Fin.AddMonths(-PreavisEnMois);

    /// <summary>The last day of the convention if a party gives notice on <paramref name="jour"/>.</summary>
    public DateOnly FinApresPreavis(DateOnly jour)
    {
        if (jour < Signature)
        {
            throw new RegleMetierException(CodesErreur.PreavisAvantSignature, jour, Signature);
        }

        if (_type.Preavis.AvantLeTerme)
        {
            var termes = Termes(jour.AddYears(3)).ToList();
            return (termes.Where(t => t.Fin >= jour && DateLimiteDePreavis(t) >= jour).Select(t => (Periode?)t).FirstOrDefault() ?? termes[^1]).Fin;
        }

        var fin = PreavisEnMois == 0 ? jour : jour.AddMonths(PreavisEnMois);
        if (_type.Preavis.AnneeScolaireAchevee)
        {
            var finDeLAnneeEnCours = AnneeScolaire.Fin(jour, _type.Duree.MoisDeRentreeScolaire);
            fin = fin > finDeLAnneeEnCours ? fin : finDeLAnneeEnCours;
        }

        return _type.Reconduction == Reconduction.Aucune && Terme(0) is { } unique && unique.Fin < fin ? unique.Fin : fin;
    }

    /// <summary>
    /// Evaluation due dates up to <paramref name="jusquA"/>, one a year: the signature anniversary (R16, R30);
    /// for a convention renewed on its annual evaluation, the last day to give notice of each term (R15), so that
    /// the parties decide on an evaluation.
    /// </summary>
    public IEnumerable<DateOnly> EvaluationsDues(DateOnly jusquA)
    {
        if (_type.Reconduction == Reconduction.SurEvaluationAnnuelle)
        {
            foreach (var terme in Termes(jusquA))
            {
                var date = DateLimiteDePreavis(terme);
                if (date > Signature && date <= jusquA)
                {
                    yield return date;
                }
            }

            yield break;
        }

        if (!_type.Evaluation.Anniversaire && !_type.Evaluation.ComiteDeSuiviAnnuel)
        {
            yield break;
        }

        var fin = Terme(0) is { } terme0 && _type.Reconduction == Reconduction.Aucune ? terme0.Fin : DateOnly.MaxValue;
        for (var annee = 1; Signature.AddYears(annee) is var date && date <= jusquA && date <= fin; annee++)
        {
            yield return date;
        }
    }

    /// <summary>
    /// The next date of each kind from <paramref name="aujourdhui"/> on: what a due-date index holds, one row per
    /// kind, replaced by the following one once it has passed.
    /// </summary>
    public IReadOnlyList<Echeance> ProchainesEcheances(DateOnly aujourdhui)
    {
        var horizon = aujourdhui.AddYears(2);
        var echeances = new List<Echeance>();
        if (EvaluationsDues(horizon).Where(d => d >= aujourdhui).Cast<DateOnly?>().FirstOrDefault() is { } evaluation)
        {
            echeances.Add(new Echeance(evaluation, NatureDEcheance.Evaluation));
        }

        if (Termes(horizon).Where(t => t.Fin >= aujourdhui).Select(t => (Periode?)t).FirstOrDefault() is { } terme)
        {
            echeances.Add(new Echeance(terme.Fin, NatureDEcheance.FinDeTerme));
            if (DateLimiteDePreavis(terme) is var limite && limite >= aujourdhui && _type.Reconduction != Reconduction.Aucune)
            {
                echeances.Add(new Echeance(limite, NatureDEcheance.DateLimiteDePreavis));
            }
        }

        return echeances;
    }

    private Periode TermeAJourFixe(int rang)
    {
        var duree = _type.Duree;
        var premiereFin = new DateOnly(Signature.Year, duree.Mois, duree.Jour);
        if (premiereFin < Signature)
        {
            premiereFin = premiereFin.AddYears(1);
        }

        return rang == 0
            ? new Periode(Signature, premiereFin)
            : new Periode(premiereFin.AddYears(rang - 1).AddDays(1), premiereFin.AddYears(rang));
    }

    private Periode TermeDeCycle(int rang)
    {
        var rentree = _type.Duree.MoisDeRentreeScolaire;
        var finDuCycle = AnneeScolaire.Fin(Signature, rentree).AddYears((_parametres.AnneesDuCycle ?? throw new RegleMetierException(CodesErreur.CycleDeFormationManquant, _type.Code)) - 1);
        return rang == 0
            ? new Periode(Signature, finDuCycle)
            : new Periode(finDuCycle.AddYears(rang - 1).AddDays(1), finDuCycle.AddYears(rang));
    }

    private void Verifier()
    {
        switch (_type.Duree.Type)
        {
            case TypeDeDuree.CycleDeFormation when _parametres.AnneesDuCycle is not (>= 1 and <= 6):
                throw new RegleMetierException(CodesErreur.CycleDeFormationManquant, _type.Code);
            case TypeDeDuree.PeriodeProposee when _parametres.PeriodeProposee is not { } periode:
                throw new RegleMetierException(CodesErreur.PeriodeProposeeManquante, _type.Code);
            case TypeDeDuree.PeriodeProposee when _parametres.PeriodeProposee is { } proposee && proposee.Debut < Signature:
                throw new RegleMetierException(CodesErreur.PeriodeAvantSignature, proposee.Debut, Signature);
        }

        if (_parametres.PreavisEnMois is < 0 or > 24)
        {
            throw new RegleMetierException(CodesErreur.PreavisHorsLimites, _parametres.PreavisEnMois.Value);
        }
    }
}
