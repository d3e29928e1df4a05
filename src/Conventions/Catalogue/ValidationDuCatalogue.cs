namespace Conventions.Catalogue;

/// <summary>What makes a kind or a committee's statutes usable; each problem says what to fix.</summary>
internal static class ValidationDuCatalogue
{
    public static IEnumerable<string> Verifier(TypeDeConvention t, IReadOnlySet<string> comites)
    {
        if (string.IsNullOrWhiteSpace(t.Code) || t.Code.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            yield return $"code '{t.Code}' must be lower-case letters, digits and hyphens.";
        }

        if (t.Parties.Count == 0 || t.Parties.Sum(p => p.Minimum) < 2)
        {
            yield return "a convention binds at least two parties (sum of the parties' minimum).";
        }

        foreach (var partie in t.Parties)
        {
            if (partie.Minimum < 1 || partie.Maximum < partie.Minimum)
            {
                yield return $"party '{partie.Role}': minimum must be ≥ 1 and maximum ≥ minimum.";
            }

            if (partie.Signataires.Count == 0)
            {
                yield return $"party '{partie.Role}': at least one authorised signatory is needed.";
            }
        }

        if (t.Parties.Select(p => p.Role).Distinct(StringComparer.Ordinal).Count() != t.Parties.Count)
        {
            yield return "each party role appears once.";
        }

        foreach (var probleme in Verifier(t.Duree, t.Reconduction, t.Preavis))
        {
            yield return probleme;
        }

        foreach (var comite in new[] { t.Comite, t.AvisPrealable }.OfType<string>().Where(c => !comites.Contains(c)))
        {
            yield return $"committee '{comite}' is not in Catalogue/Comites.";
        }

        if (t.Sections.Count == 0)
        {
            yield return "the document needs at least one section.";
        }

        if (t.SectionsDeFichesActions.Any(s => s.Themes is null || s.Themes.Count == 0))
        {
            yield return "a FichesActions section lists its themes.";
        }

        if (t.Attestations?.Values.Any(a => a.UnParmi.Count == 0) == true)
        {
            yield return "each certificate rule names at least one signatory in 'unParmi'.";
        }
    }

    public static IEnumerable<string> Verifier(StatutsDeComite s)
    {
        var cotes = s.Sieges.Select(x => x.Cote).ToHashSet(StringComparer.Ordinal);
        if (s.Sieges.Count == 0 || cotes.Count != s.Sieges.Count)
        {
            yield return "seats list each side once.";
        }

        if (s.Presidence.Type == TypeDePresidence.Fixe && (s.Presidence.Cote is null || !cotes.Contains(s.Presidence.Cote)))
        {
            yield return "a fixed presidency names a side that has seats.";
        }

        if (s.Presidence.Type == TypeDePresidence.Tournante
            && (s.Presidence.CotesEnAlternance is not { Count: >= 2 } alternance || !alternance.All(cotes.Contains) || s.Presidence.DureeDuMandatEnMois < 1))
        {
            yield return "a rotating presidency alternates between at least two sides that have seats, for at least one month.";
        }

        if (s.Secretariat.Type == TypeDeSecretariat.Cote && (s.Secretariat.Cote is null || !cotes.Contains(s.Secretariat.Cote)))
        {
            yield return "the secretariat is held by a side that has seats.";
        }

        if (s.Decision.Quorum is < 0 or >= 1)
        {
            yield return "quorum is a share between 0 (inclusive) and 1 (exclusive).";
        }

        if (s.Parite is { } parite && (parite.Cotes.Count < 2 || !parite.Cotes.All(cotes.Contains) || parite.PresenceMinimaleParCote is <= 0 or > 1))
        {
            yield return "parity names at least two sides that have seats, and a minimal presence per side in ]0, 1].";
        }

        if (s.MaximumDeVotants is { } maximum && maximum < s.Sieges.Sum(x => x.Nombre ?? 0))
        {
            yield return "maximumDeVotants is below the fixed seats.";
        }
    }

    private static IEnumerable<string> Verifier(RegleDeDuree duree, Reconduction reconduction, RegleDePreavis preavis)
    {
        if (duree.Type == TypeDeDuree.JourFixe && (duree.Mois is < 1 or > 12 || duree.Jour < 1 || duree.Jour > DateTime.DaysInMonth(2001, duree.Mois)))
        {
            yield return $"fixed end day {duree.Jour}/{duree.Mois} does not exist every year.";
        }

        if (duree.Type == TypeDeDuree.DepuisLaSignature && duree.Annees < 1)
        {
            yield return "a term from the signature lasts at least one year.";
        }

        if (duree.MoisDeRentreeScolaire is < 1 or > 12)
        {
            yield return "moisDeRentreeScolaire is a month (1 to 12).";
        }

        if (duree.Type is TypeDeDuree.Indeterminee or TypeDeDuree.PeriodeProposee && reconduction != Reconduction.Aucune)
        {
            yield return "only a convention with a term can be renewed.";
        }

        if (preavis.Mois is < 0 or > 24)
        {
            yield return "notice is 0 to 24 months.";
        }

        if (preavis.AvantLeTerme && duree.Type == TypeDeDuree.Indeterminee)
        {
            yield return "notice 'before the term' needs a term.";
        }

        if (preavis.AnneeScolaireAchevee && duree.Type != TypeDeDuree.CycleDeFormation)
        {
            yield return "completing the school year applies to a training-cycle term only.";
        }
    }
}
