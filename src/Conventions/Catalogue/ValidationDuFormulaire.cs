namespace Conventions.Catalogue;

/// <summary>What makes a dossier form usable: every mandatory field of its kind exists, every reference resolves.</summary>
internal static class ValidationDuFormulaire
{
    public static IEnumerable<string> Verifier(FormulaireDeDossier f, TypeDeConvention? type)
    {
        if (type is null)
        {
            yield return $"kind '{f.Type}' does not exist.";
            yield break;
        }

        var champs = f.Champs.ToList();
        foreach (var doublon in champs.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"field '{doublon.Key}' is defined twice.";
        }

        foreach (var doublon in f.Etapes.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"step '{doublon.Key}' is defined twice.";
        }

        foreach (var etape in f.Etapes.Where(e => e.Champs.Count == 0))
        {
            yield return $"step '{etape.Id}' has no field.";
        }

        foreach (var obligatoire in type.ChampsObligatoiresDuDossier ?? [])
        {
            if (!champs.Any(c => c.Id == obligatoire || c.Id.StartsWith(obligatoire + ".", StringComparison.Ordinal)))
            {
                yield return $"mandatory field '{obligatoire}' of kind '{type.Code}' is not in the form.";
            }
        }

        foreach (var role in (f.Resume ?? []).Prepend(f.Demandeur).OfType<string>().Where(r => f.Definition(r) is null))
        {
            yield return $"field '{role}' named as the applicant or in the summary is not in the form.";
        }

        if (f.BceDuDemandeur is { } bce && f.Definition(bce)?.Nature != NatureDeChamp.Bce)
        {
            yield return $"field '{bce}' named as the applicant's company number is not a company-number (Bce) field of the form.";
        }

        foreach (var probleme in VerifierLaConvention(f, type))
        {
            yield return probleme;
        }

        foreach (var champ in champs)
        {
            foreach (var probleme in Verifier(f, champ, champs))
            {
                yield return $"field '{champ.Id}': {probleme}";
            }
        }
    }

    /// <summary>R03: the convention an approved dossier becomes names its kind's parties, from fields of the right nature.</summary>
    private static IEnumerable<string> VerifierLaConvention(FormulaireDeDossier f, TypeDeConvention type)
    {
        if (f.Convention is not { } convention)
        {
            yield break;
        }

        IEnumerable<string> Dans(IReadOnlyList<DefinitionDeChamp>? colonnes, string? id, string role, params NatureDeChamp[] natures) =>
            id is null || (colonnes is null ? f.Definition(id) : colonnes.FirstOrDefault(c => c.Id == id)) is { } d && natures.Contains(d.Nature)
                ? []
                : [$"convention: field '{id}' of '{role}' is not a {string.Join(" or ", natures)} {(colonnes is null ? "field of the form" : "column of its table")}."];
        IEnumerable<string> Champ(string? id, string role, params NatureDeChamp[] natures) => Dans(null, id, role, natures);
        IReadOnlyList<DefinitionDeChamp>? Colonnes(string? tableau) =>
            tableau is null ? null : f.Champs.FirstOrDefault(c => c.Id == tableau && c.Nature == NatureDeChamp.Tableau)?.Colonnes ?? [];

        foreach (var definition in type.Parties.Where(d => convention.Parties.Count(p => p.Role == d.Role) < d.Minimum))
        {
            yield return $"convention: party '{definition.Role}' of kind '{type.Code}' is not drawn from the dossier.";
        }

        foreach (var partie in convention.Parties)
        {
            if (type.Parties.FirstOrDefault(d => d.Role == partie.Role) is not { } definition)
            {
                yield return $"convention: role '{partie.Role}' is not one of kind '{type.Code}'.";
                continue;
            }

            if ((partie.Nom is null) == (partie.NomFixe is null))
            {
                yield return $"convention: party '{partie.Role}' needs either the field of its name or a fixed name.";
            }

            var colonnes = Colonnes(partie.Tableau);
            if (partie.Tableau is { } tableau && colonnes is { Count: 0 })
            {
                yield return $"convention: party '{partie.Role}' is read from '{tableau}', which is not a table of the form with columns.";
            }

            var problemes = Dans(colonnes, partie.Nom, partie.Role, NatureDeChamp.TexteCourt, NatureDeChamp.Nom)
                .Concat(Dans(colonnes, partie.Bce, partie.Role, NatureDeChamp.Bce))
                .Concat(Dans(colonnes, partie.Referent?.Nom, partie.Role, NatureDeChamp.Nom))
                .Concat(Dans(colonnes, partie.Referent?.Mail, partie.Role, NatureDeChamp.Mail))
                .Concat(Dans(colonnes, partie.Referent?.Telephone, partie.Role, NatureDeChamp.Telephone))
                .Concat((partie.Signataires ?? new Dictionary<string, string>()).SelectMany(s => Dans(colonnes, s.Value, partie.Role, NatureDeChamp.Nom)));
            foreach (var probleme in problemes)
            {
                yield return probleme;
            }

            if (definition.BceRequis && partie.Bce is null)
            {
                yield return $"convention: party '{partie.Role}' needs its company number (R28).";
            }

            if (definition.ReferentRequis && partie.Referent is null)
            {
                yield return $"convention: party '{partie.Role}' needs its referent (R21).";
            }

            foreach (var fonction in (partie.Signataires ?? new Dictionary<string, string>()).Keys.Where(k => definition.Signataires.All(s => s.Fonction != k)))
            {
                yield return $"convention: party '{partie.Role}' does not sign as '{fonction}'.";
            }
        }

        foreach (var probleme in Champ(convention.Debut, "periode", NatureDeChamp.Date).Concat(Champ(convention.Fin, "periode", NatureDeChamp.Date)).Concat(Champ(convention.Bassin, "bassin", NatureDeChamp.TexteCourt))
            .Concat(Champ(convention.AnneesDuCycle, "anneesDuCycle", NatureDeChamp.Nombre)).Concat(Champ(convention.PreavisEnMois, "preavisEnMois", NatureDeChamp.Nombre)))
        {
            yield return probleme;
        }

        if (convention.Fcil is { } fcil)
        {
            if (f.Definition(fcil.Champ) is not { Nature: NatureDeChamp.Choix } choix || f.OptionsDe(choix).All(o => o.Code != fcil.Option))
            {
                yield return $"convention: fcil: field '{fcil.Champ}' is not a choice of the form offering '{fcil.Option}'.";
            }

            foreach (var probleme in Champ(fcil.Debut, "fcil", NatureDeChamp.Date).Concat(Champ(fcil.Fin, "fcil", NatureDeChamp.Date)))
            {
                yield return probleme;
            }
        }

        if (convention.FichesActions is { } fiches)
        {
            var colonnes = Colonnes(fiches.Tableau) ?? [];
            var themes = type.ThemesDesFichesActions;
            if (colonnes.FirstOrDefault(c => c.Id == fiches.Theme) is not { Nature: NatureDeChamp.Choix, Unique: true } theme
                || !f.OptionsDe(theme).Select(o => o.Code).ToHashSet(StringComparer.Ordinal).SetEquals(themes))
            {
                yield return $"convention: fiches-actions: column '{fiches.Theme}' is not a single choice among exactly the kind's themes ({string.Join(", ", themes)}).";
            }

            foreach (var colonne in new[] { fiches.Intitule, fiches.Quoi, fiches.PourQuoi, fiches.Quand, fiches.Comment, fiches.Ou, fiches.PourEtAvecQui }
                .Where(c => colonnes.FirstOrDefault(d => d.Id == c) is not { Nature: NatureDeChamp.TexteCourt or NatureDeChamp.TexteLong, Requis: true }))
            {
                yield return $"convention: fiches-actions: column '{colonne}' is not a required text column of table '{fiches.Tableau}' (R22: every heading filled).";
            }
        }
    }

    /// <summary>A plan's form: its committees exist, its two roles name fields of the right nature, each field is well formed.</summary>
    public static IEnumerable<string> Verifier(FormulaireDePlan f, IReadOnlySet<string> codesDeComites)
    {
        foreach (var comite in new[] { f.Comite, f.Validation }.Where(c => !codesDeComites.Contains(c)))
        {
            yield return $"committee '{comite}' does not exist.";
        }

        if (f.Definition(f.Intitule) is not { Nature: NatureDeChamp.TexteCourt })
        {
            yield return $"field '{f.Intitule}' named as the action's title is not a short text of the form.";
        }

        if (f.Definition(f.Responsable) is not { Nature: NatureDeChamp.Membre })
        {
            yield return $"field '{f.Responsable}' named as the action's owner is not a member (Membre) field of the form.";
        }

        var champs = f.Champs.ToList();
        foreach (var doublon in champs.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"field '{doublon.Key}' is defined twice.";
        }

        foreach (var champ in champs.Where(c => c.Nature == NatureDeChamp.Tableau))
        {
            yield return $"field '{champ.Id}': an action's field cannot be a table.";
        }

        foreach (var champ in champs)
        {
            foreach (var probleme in Verifier(f.CommeFormulaire, champ, champs))
            {
                yield return $"field '{champ.Id}': {probleme}";
            }
        }
    }

    /// <summary>
    /// A particular convention's form: its committees and its framework exist, each element the framework requires
    /// (R11) is stated by a required field of the form and nothing else is named as an element, each field is well formed.
    /// </summary>
    public static IEnumerable<string> Verifier(FormulaireDeConventionParticuliere f, IReadOnlySet<string> codesDeComites, TypeDeConvention? cadre)
    {
        foreach (var comite in new[] { f.Comite, f.Validation }.Where(c => !codesDeComites.Contains(c)))
        {
            yield return $"committee '{comite}' does not exist.";
        }

        var elements = cadre?.ElementsDesConventionsParticulieres ?? [];
        if (elements.Count == 0)
        {
            yield return $"framework '{f.Cadre}' is not a convention kind that lists the elements of its particular conventions.";
        }

        if (f.Definition(f.Intitule) is not { Nature: NatureDeChamp.TexteCourt, Requis: true })
        {
            yield return $"field '{f.Intitule}' named as the title is not a required short text of the form.";
        }

        foreach (var element in elements.Where(e => f.Elements.GetValueOrDefault(e) is not { } champ || f.Definition(champ) is not { Requis: true }))
        {
            yield return $"element '{element}' of the framework is not stated by a required field of the form.";
        }

        foreach (var element in f.Elements.Keys.Where(e => !elements.Contains(e)))
        {
            yield return $"element '{element}' is not one the framework requires.";
        }

        var champs = f.Champs.ToList();
        foreach (var doublon in champs.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"field '{doublon.Key}' is defined twice.";
        }

        foreach (var champ in champs.Where(c => c.Nature is NatureDeChamp.Tableau or NatureDeChamp.Membre))
        {
            yield return $"field '{champ.Id}': a particular convention's field is neither a table nor a member.";
        }

        foreach (var champ in champs)
        {
            foreach (var probleme in Verifier(f.CommeFormulaire, champ, champs))
            {
                yield return $"field '{champ.Id}': {probleme}";
            }
        }
    }

    private static IEnumerable<string> Verifier(FormulaireDeDossier f, DefinitionDeChamp champ, List<DefinitionDeChamp> champs)
    {
        if (champ.Id.Contains(FormulaireDeDossier.SeparateurDeLigne, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(champ.Libelle) || string.IsNullOrWhiteSpace(champ.Label))
        {
            yield return $"needs an id without '{FormulaireDeDossier.SeparateurDeLigne}', a French libelle and an English label.";
        }

        if ((champ.Nature == NatureDeChamp.Tableau) != (champ.Colonnes is { Count: > 0 }))
        {
            yield return "a table, and only a table, has columns.";
        }

        if ((champ.Nature == NatureDeChamp.Choix) != (champ.Options is not null && f.Options?.ContainsKey(champ.Options) == true))
        {
            yield return "a choice, and only a choice, names a list of 'options' that exists.";
        }

        if (champ.Longueur is { } longueur && (champ.Nature != NatureDeChamp.TexteLong || longueur is < 1 or > DefinitionDeChamp.LongueurTexteLong))
        {
            yield return $"'longueur' is for long texts only, between 1 and {DefinitionDeChamp.LongueurTexteLong}.";
        }

        if (champ.Apres is { } apres && !champs.Any(c => c.Id == apres && c.Nature == NatureDeChamp.Date))
        {
            yield return $"'apres' names '{apres}', which is not a date field.";
        }

        if (champ.Colonnes?.Any(c => c.Nature == NatureDeChamp.Tableau || (c.Nature == NatureDeChamp.Choix && !c.Unique) || c.Id.Contains('.', StringComparison.Ordinal)) == true)
        {
            yield return "columns are plain values or single choices, with ids without '.'.";
        }

        foreach (var colonne in (champ.Colonnes ?? []).Where(c => (c.Nature == NatureDeChamp.Choix) != (c.Options is not null && f.Options?.ContainsKey(c.Options) == true)))
        {
            yield return $"column '{colonne.Id}': a choice, and only a choice, names a list of 'options' that exists.";
        }

        if (champ.Unique && champ.Nature != NatureDeChamp.Choix)
        {
            yield return "'unique' is for choices only.";
        }
    }
}
