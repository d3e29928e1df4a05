using Conventions.Catalogue;
using Conventions.Erreurs;

namespace Conventions.Dossiers;

/// <summary>One field as an editor sent it, with the hash of the value their card showed (null: it was empty).</summary>
public sealed record Saisie(string Champ, string? Valeur, string? EmpreinteVue);

/// <summary>What became of a step's entries: refused with a reason, in conflict with another editor's save, or applied.</summary>
public sealed class ResultatDeSaisie
{
    private readonly Dictionary<string, RegleMetierException> _erreurs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _conflits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nonEnregistrees = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, RegleMetierException> Erreurs => _erreurs;

    /// <summary>Per field in conflict: the value now stored (empty when the other editor cleared it).</summary>
    public IReadOnlyDictionary<string, string> Conflits => _conflits;

    /// <summary>What the editor typed into a refused or conflicting field, to show it back untouched.</summary>
    public IReadOnlyDictionary<string, string> NonEnregistrees => _nonEnregistrees;

    public int Modifies { get; internal set; }

    public bool EstSansReserve => _erreurs.Count == 0 && _conflits.Count == 0;

    internal void Refuser(Saisie saisie, RegleMetierException erreur)
    {
        _erreurs[saisie.Champ] = erreur;
        _nonEnregistrees[saisie.Champ] = saisie.Valeur ?? string.Empty;
    }

    internal void SignalerConflit(Saisie saisie, string valeurActuelle)
    {
        _conflits[saisie.Champ] = valeurActuelle;
        _nonEnregistrees[saisie.Champ] = saisie.Valeur ?? string.Empty;
    }

    /// <summary>
    /// Reads an editor's entries against the values now stored: each normalised by its field's rules (a refusal
    /// noted with its reason), one whose field another editor changed since the card showed it noted as a conflict.
    /// Returns the values to apply: those accepted that differ from what is stored.
    /// </summary>
    public Dictionary<string, string> Lire(IReadOnlyList<Saisie> saisies, Func<string, DefinitionDeChamp?> definition, Func<DefinitionDeChamp, string?, string> normaliser, IReadOnlyDictionary<string, string> actuelles)
    {
        ArgumentNullException.ThrowIfNull(saisies);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(normaliser);
        ArgumentNullException.ThrowIfNull(actuelles);
        var nouvelles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var saisie in saisies)
        {
            var champ = definition(saisie.Champ) ?? throw new RegleMetierException(CodesErreur.ChampInconnu, saisie.Champ);
            string valeur;
            try
            {
                valeur = normaliser(champ, saisie.Valeur);
            }
            catch (RegleMetierException erreur)
            {
                Refuser(saisie, erreur);
                continue;
            }

            var actuelle = actuelles.GetValueOrDefault(saisie.Champ) ?? string.Empty;
            if (valeur == actuelle)
            {
                continue;
            }

            if ((saisie.EmpreinteVue ?? DossierDeProposition.EmpreinteDe(string.Empty)) != DossierDeProposition.EmpreinteDe(actuelle))
            {
                SignalerConflit(saisie, actuelle);
                continue;
            }

            nouvelles[saisie.Champ] = valeur;
        }

        return nouvelles;
    }

    /// <summary>
    /// A form's entries saved into <paramref name="champs"/>: read (<see cref="Lire"/>), a period's end never before
    /// its start, a table's row only with its required columns, then what passes applied. Returns what was applied.
    /// </summary>
    public Dictionary<string, string> Saisir(IReadOnlyList<Saisie> saisies, FormulaireDeDossier formulaire, Func<DefinitionDeChamp, string?, string> normaliser, Dictionary<string, string> champs)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(champs);
        var nouvelles = Lire(saisies, formulaire.Definition, normaliser, champs);
        VerifierLesDates(formulaire, saisies, nouvelles, champs);
        VerifierLesLignes(formulaire, saisies, nouvelles, champs);
        Appliquer(nouvelles, champs);
        return nouvelles;
    }

    /// <summary>Removes every cell of a table's row from <paramref name="champs"/>; a table the form lacks or a forged row id is refused. Returns the keys removed.</summary>
    public static IReadOnlyList<string> SupprimerLigne(FormulaireDeDossier formulaire, Dictionary<string, string> champs, string tableau, string ligne)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(champs);
        if (!formulaire.Champs.Any(c => c.Id == tableau && c.Nature == NatureDeChamp.Tableau) || !CelluleDeTableau.EstUnIdentifiantDeLigne(ligne))
        {
            throw new RegleMetierException(CodesErreur.ChampInconnu, $"{tableau}{FormulaireDeDossier.SeparateurDeLigne}{ligne}");
        }

        var prefixe = CelluleDeTableau.PrefixeDeLigne(tableau, ligne);
        var supprimees = champs.Keys.Where(k => k.StartsWith(prefixe, StringComparison.Ordinal)).ToList();
        foreach (var cle in supprimees)
        {
            champs.Remove(cle);
        }

        return supprimees;
    }

    /// <summary>Applies the values <see cref="Lire"/> accepted to <paramref name="champs"/> (an emptied field removed), counting them.</summary>
    public void Appliquer(IReadOnlyDictionary<string, string> nouvelles, Dictionary<string, string> champs)
    {
        ArgumentNullException.ThrowIfNull(nouvelles);
        ArgumentNullException.ThrowIfNull(champs);
        foreach (var (champ, valeur) in nouvelles)
        {
            if (valeur.Length == 0)
            {
                champs.Remove(champ);
            }
            else
            {
                champs[champ] = valeur;
            }

            Modifies++;
        }
    }

    /// <summary>The end of a period never before its start: the later of the two entries is refused, with both dates.</summary>
    public void VerifierLesDates(FormulaireDeDossier formulaire, IReadOnlyList<Saisie> saisies, Dictionary<string, string> nouvelles, IReadOnlyDictionary<string, string> actuelles)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(saisies);
        ArgumentNullException.ThrowIfNull(nouvelles);
        ArgumentNullException.ThrowIfNull(actuelles);
        foreach (var (fin, apres) in formulaire.Champs.Where(c => c.Apres is not null).Select(c => (c, c.Apres ?? string.Empty)))
        {
            var debut = nouvelles.GetValueOrDefault(apres) ?? actuelles.GetValueOrDefault(apres);
            var valeurDeFin = nouvelles.GetValueOrDefault(fin.Id) ?? actuelles.GetValueOrDefault(fin.Id);
            if (debut is { Length: > 0 } && valeurDeFin is { Length: > 0 } && string.CompareOrdinal(valeurDeFin, debut) < 0
                && (saisies.FirstOrDefault(s => s.Champ == fin.Id) ?? saisies.FirstOrDefault(s => s.Champ == fin.Apres)) is { } saisie)
            {
                nouvelles.Remove(saisie.Champ);
                Refuser(saisie, new RegleMetierException(CodesErreur.DateAvantDebut, fin.Libelle, Jour(valeurDeFin), Jour(debut)));
            }
        }
    }

    /// <summary>A row is kept only with its required columns; otherwise none of its cells is written.</summary>
    public void VerifierLesLignes(FormulaireDeDossier formulaire, IReadOnlyList<Saisie> saisies, Dictionary<string, string> nouvelles, IReadOnlyDictionary<string, string> actuelles)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(saisies);
        ArgumentNullException.ThrowIfNull(nouvelles);
        ArgumentNullException.ThrowIfNull(actuelles);
        var lignes = saisies.Select(s => CelluleDeTableau.Lire(s.Champ)).OfType<CelluleDeTableau>().Select(c => (c.Tableau, c.Ligne)).Distinct();
        foreach (var (tableau, ligne) in lignes)
        {
            var prefixe = CelluleDeTableau.PrefixeDeLigne(tableau, ligne);
            var colonnes = formulaire.Champs.First(c => c.Id == tableau).Colonnes ?? [];
            string Valeur(string colonne) => nouvelles.GetValueOrDefault(prefixe + colonne) ?? actuelles.GetValueOrDefault(prefixe + colonne) ?? string.Empty;
            var vide = colonnes.All(c => Valeur(c.Id).Length == 0);
            var manquantes = colonnes.Where(c => c.Requis && Valeur(c.Id).Length == 0).ToList();
            if (vide || manquantes.Count == 0)
            {
                continue;
            }

            foreach (var cle in nouvelles.Keys.Where(k => k.StartsWith(prefixe, StringComparison.Ordinal)).ToList())
            {
                nouvelles.Remove(cle);
            }

            foreach (var colonne in manquantes)
            {
                var saisie = saisies.FirstOrDefault(s => s.Champ == prefixe + colonne.Id) ?? new Saisie(prefixe + colonne.Id, null, null);
                Refuser(saisie, new RegleMetierException(CodesErreur.LigneIncomplete, colonne.Libelle));
            }
        }
    }

    private static DateOnly Jour(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
