using System.Globalization;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Valeurs;

namespace Conventions.Accords;

/// <summary>What a convention is made of, read from a form's fields: its parties, its term's parameters, its bassin, its fiches-actions and its clauses.</summary>
public sealed record ContenuDeConvention(IReadOnlyList<Partie> Parties, ParametresDeDuree Parametres, string? Bassin, IReadOnlyList<FicheAction> FichesActions, IReadOnlyDictionary<string, string> Clauses);

/// <summary>
/// Reads a convention out of a form's fields as its <see cref="ConventionDuFormulaire"/> says — an approved dossier's
/// (R03) or a draft's started in chat. A party, a fiche-action or a period the fields leave incomplete or wrong is a
/// <see cref="RegleMetierException"/> naming what to fill.
/// </summary>
public static class ContenuDuFormulaire
{
    public static ContenuDeConvention Lire(IReadOnlyDictionary<string, string> champs, FormulaireDeDossier formulaire)
    {
        ArgumentNullException.ThrowIfNull(champs);
        ArgumentNullException.ThrowIfNull(formulaire);
        var regle = formulaire.Convention ?? throw new RegleMetierException(CodesErreur.TypeInconnu, formulaire.Type);
        string? Valeur(string? champ) => champ is null ? null : champs.GetValueOrDefault(champ) is { Length: > 0 } v ? v : null;
        string Requis(string? champ, string quoi) => Valeur(champ) ?? throw new RegleMetierException(CodesErreur.ChampRequis, Libelle(formulaire, champ, quoi));

        var parties = regle.Parties.SelectMany(p => p.Tableau is { } tableau
                ? Lignes(champs, tableau).Select(ligne => LirePartie(p, colonne => colonne is null ? null : Valeur(new CelluleDeTableau(tableau, ligne, colonne).Cle), formulaire))
                : [LirePartie(p, Valeur, formulaire)])
            .ToList();

        var periode = Valeur(regle.Debut) is { } debut && Valeur(regle.Fin) is { } fin ? new Periode(Jour(debut), Jour(fin)) : (Periode?)null;
        var cycle = Valeur(regle.AnneesDuCycle) is { } annees ? int.Parse(annees, CultureInfo.InvariantCulture) : (int?)null;
        if (regle.Fcil is { } fcil && (Valeur(fcil.Champ) ?? string.Empty).Split(',').Contains(fcil.Option, StringComparer.Ordinal))
        {
            // R29: an FCIL runs over the period it states, within one school year.
            periode = FormationFcil.Verifier(new Periode(Jour(Requis(fcil.Debut, fcil.Debut)), Jour(Requis(fcil.Fin, fcil.Fin))));
            cycle ??= 1;
        }

        var preavis = Valeur(regle.PreavisEnMois) is { } mois ? int.Parse(mois, CultureInfo.InvariantCulture) : (int?)null;
        var fiches = regle.FichesActions is { } f
            ? Lignes(champs, f.Tableau).Select(ligne =>
            {
                string Cellule(string colonne) => Requis(new CelluleDeTableau(f.Tableau, ligne, colonne).Cle, colonne);
                return new FicheAction(Cellule(f.Theme), Cellule(f.Intitule), Cellule(f.Quoi), Cellule(f.PourQuoi), Cellule(f.Quand), Cellule(f.Comment), Cellule(f.Ou), Cellule(f.PourEtAvecQui));
            }).ToList()
            : [];

        var lus = regle.ChampsLus.ToHashSet(StringComparer.Ordinal);
        var clauses = new SortedDictionary<string, string>(
            champs.Where(c => !lus.Contains(CelluleDeTableau.Lire(c.Key)?.Tableau ?? c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new ContenuDeConvention(parties, new ParametresDeDuree(cycle, periode, preavis), Valeur(regle.Bassin), fiches, clauses);
    }

    /// <summary>R23: the names the fields give to each party's signatories, by party and function (to suggest whom to designate).</summary>
    public static IReadOnlyDictionary<(string Partie, string Fonction), string> NomsDesSignataires(IReadOnlyList<Partie> parties, IReadOnlyDictionary<string, string> champs, FormulaireDeDossier formulaire)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(champs);
        ArgumentNullException.ThrowIfNull(formulaire);
        var noms = new Dictionary<(string, string), string>();
        var regles = (formulaire.Convention?.Parties ?? []).SelectMany(p => p.Tableau is { } tableau
            ? Lignes(champs, tableau).Select(ligne => (p, Cle: (Func<string, string>)(colonne => new CelluleDeTableau(tableau, ligne, colonne).Cle)))
            : [(p, Cle: (Func<string, string>)(champ => champ))]);
        foreach (var ((regle, cle), partie) in regles.Zip(parties))
        {
            foreach (var (fonction, champ) in regle.Signataires ?? new Dictionary<string, string>())
            {
                if (champs.GetValueOrDefault(cle(champ)) is { Length: > 0 } nom)
                {
                    noms[(partie.Nom, fonction)] = nom;
                }
            }
        }

        return noms;
    }

    /// <summary>The rows of a table in the fields, in the order they were added (row ids sort by creation time).</summary>
    public static IReadOnlyList<string> Lignes(IReadOnlyDictionary<string, string> champs, string tableau)
    {
        ArgumentNullException.ThrowIfNull(champs);
        return [.. champs.Keys.Select(CelluleDeTableau.Lire).OfType<CelluleDeTableau>().Where(c => c.Tableau == tableau).Select(c => c.Ligne).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static Partie LirePartie(PartieDuFormulaire p, Func<string?, string?> valeur, FormulaireDeDossier formulaire)
    {
        var nom = p.NomFixe ?? valeur(p.Nom) ?? throw new RegleMetierException(CodesErreur.ChampRequis, Libelle(formulaire, p.Nom, p.Role));
        var referent = p.Referent is { } r && valeur(r.Nom) is { } qui && valeur(r.Mail) is { } mail && valeur(r.Telephone) is { } telephone
            ? new Referent(qui, AdresseMail.Depuis(mail), Telephone.Depuis(telephone))
            : null;
        return new Partie(p.Role, nom, referent, valeur(p.Bce) is { } bce ? NumeroBce.Depuis(bce) : null);
    }

    /// <summary>How a field is named in messages: its label (a table's column's too), or what it stands for when the form does not say.</summary>
    private static string Libelle(FormulaireDeDossier formulaire, string? champ, string quoi) =>
        (champ is null ? null : formulaire.Definition(champ) ?? formulaire.Champs.SelectMany(c => c.Colonnes ?? []).FirstOrDefault(c => c.Id == champ))?.Libelle ?? quoi;

    private static DateOnly Jour(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
