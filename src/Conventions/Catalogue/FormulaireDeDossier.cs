using Conventions.Valeurs;

namespace Conventions.Catalogue;

/// <summary>
/// The dossier de proposition of a kind, as data (Catalogue/Formulaires): its steps, in the order of the seed form,
/// and the fields of each. A table's cell is stored under <c>{table}#{ligne}.{colonne}</c>. The roles some fields play
/// are declared here too, so that no field id is written in code: <paramref name="Demandeur"/> names the applicant
/// organisation (titles, file names), <paramref name="BceDuDemandeur"/> its company number (recusals),
/// <paramref name="Resume"/> the fields that identify a dossier at a glance.
/// </summary>
public sealed record FormulaireDeDossier(
    string Type,
    IReadOnlyList<EtapeDuFormulaire> Etapes,
    IReadOnlyDictionary<string, IReadOnlyList<OptionDeChoix>>? Options = null,
    string? Demandeur = null,
    IReadOnlyList<string>? Resume = null,
    string? BceDuDemandeur = null,
    ConventionDuFormulaire? Convention = null)
{
    public const char SeparateurDeLigne = '#';

    public IEnumerable<DefinitionDeChamp> Champs => Etapes.SelectMany(e => e.Champs);

    public EtapeDuFormulaire? Etape(string id) => Etapes.FirstOrDefault(e => e.Id == id);

    /// <summary>The rank of step <paramref name="etape"/>, the first one when unknown.</summary>
    public int IndexDe(string? etape) => Math.Max(0, Etapes.ToList().FindIndex(e => e.Id == etape));

    /// <summary>The applicant organisation's name as typed in <paramref name="champs"/>, if the form names that field and it is filled.</summary>
    public string? DemandeurDans(IReadOnlyDictionary<string, string> champs)
    {
        ArgumentNullException.ThrowIfNull(champs);
        return Demandeur is { } champ && champs.GetValueOrDefault(champ) is { Length: > 0 } nom ? nom : null;
    }

    /// <summary>What a dossier is called: its applicant once typed and its call (« CPAS de Seraing — Initiatives locales 2027 »), the call alone before.</summary>
    public string IntituleDe(IReadOnlyDictionary<string, string> champs, string titreDeLAppel) =>
        DemandeurDans(champs) is { } demandeur ? $"{demandeur} — {titreDeLAppel}" : titreDeLAppel;

    /// <summary>The applicant organisation's company number in <paramref name="champs"/>, if the form names that field and it holds a valid number.</summary>
    public NumeroBce? BceDuDemandeurDans(IReadOnlyDictionary<string, string> champs)
    {
        ArgumentNullException.ThrowIfNull(champs);
        return BceDuDemandeur is { } champ && champs.GetValueOrDefault(champ) is { Length: > 0 } saisi && NumeroBce.Essayer(saisi) is { } bce ? bce : null;
    }

    /// <summary>The definition behind a stored key: a field, or a table's column for a cell; null when unknown.</summary>
    public DefinitionDeChamp? Definition(string cle)
    {
        ArgumentNullException.ThrowIfNull(cle);
        if (CelluleDeTableau.Lire(cle) is { } cellule)
        {
            return Champs.FirstOrDefault(c => c.Id == cellule.Tableau && c.Nature == NatureDeChamp.Tableau)?.Colonnes?.FirstOrDefault(c => c.Id == cellule.Colonne);
        }

        return Champs.FirstOrDefault(c => c.Id == cle && c.Nature != NatureDeChamp.Tableau);
    }

    public EtapeDuFormulaire? EtapeDe(string cle)
    {
        ArgumentNullException.ThrowIfNull(cle);
        var champ = CelluleDeTableau.Lire(cle)?.Tableau ?? cle;
        return Etapes.FirstOrDefault(e => e.Champs.Any(c => c.Id == champ || c.Id.StartsWith(champ + ".", StringComparison.Ordinal)));
    }

    public IReadOnlyList<OptionDeChoix> OptionsDe(DefinitionDeChamp champ) =>
        champ?.Options is { } nom && Options?.GetValueOrDefault(nom) is { } options ? options : [];
}

public sealed record EtapeDuFormulaire(string Id, string Titre, string Title, IReadOnlyList<DefinitionDeChamp> Champs);

/// <param name="Requis">For a table's column: a row is not kept without it.</param>
/// <param name="Borne">For a date: where it must fall relative to the call.</param>
/// <param name="Apres">For a date: the field it cannot precede (the end of a period).</param>
/// <param name="Longueur">For a long text: its own maximum, below the usual one (a cell of a grid, say).</param>
/// <param name="Unique">For a choice: one option only (an action's theme, coloration or FCIL).</param>
public sealed record DefinitionDeChamp(
    string Id,
    string Libelle,
    string Label,
    NatureDeChamp Nature,
    bool Requis = false,
    string? Options = null,
    BorneDeDate? Borne = null,
    string? Apres = null,
    IReadOnlyList<DefinitionDeChamp>? Colonnes = null,
    int? Longueur = null,
    bool Unique = false)
{
    /// <summary>Long texts: 2,000 characters unless the form says less, so that a step's card stays within Teams' 28 KB.</summary>
    public const int LongueurTexteLong = 2000;

    public const int LongueurTexteCourt = 200;

    public int LongueurMaximale => Nature == NatureDeChamp.TexteLong ? Math.Min(Longueur ?? LongueurTexteLong, LongueurTexteLong) : LongueurTexteCourt;
}

/// <summary>
/// How a form's fields become a convention, as data — R03 for an approved dossier, and the drafts started in chat:
/// each party from the fields (its name, or a fixed name; its company number; its referent, R21; the names of its
/// signatories by function, R23), the period proposed, the bassin, the fiches-actions of a table (R22), the length
/// of a training cycle, an FCIL's period (R29) and an agreed notice. The fields it does not name are the
/// convention's clauses, written in its document as typed.
/// </summary>
public sealed record ConventionDuFormulaire(
    IReadOnlyList<PartieDuFormulaire> Parties,
    string? Debut = null,
    string? Fin = null,
    string? Bassin = null,
    FichesDuFormulaire? FichesActions = null,
    string? AnneesDuCycle = null,
    FcilDuFormulaire? Fcil = null,
    string? PreavisEnMois = null)
{
    /// <summary>Every field (or table) the mapping names: shown in its own place in the document, not among the clauses (coloration or FCIL stays one: the document says which).</summary>
    public IEnumerable<string> ChampsLus =>
        Parties.SelectMany(p => p.Tableau is { } tableau ? [tableau] : new[] { p.Nom, p.Bce, p.Referent?.Nom, p.Referent?.Mail, p.Referent?.Telephone }.Concat((p.Signataires ?? new Dictionary<string, string>()).Values))
            .Concat([Debut, Fin, Bassin, FichesActions?.Tableau, AnneesDuCycle, PreavisEnMois])
            .OfType<string>();
}

/// <param name="Nom">The field naming the party; <paramref name="NomFixe"/> when the party is always the same (« Le Forem »).</param>
/// <param name="Signataires">Per function the party signs in, the field naming the person (the secretariat still designates who signs).</param>
/// <param name="Tableau">A table whose every row is one such party (a school's professional partners); the other members then name its columns.</param>
public sealed record PartieDuFormulaire(
    string Role, string? Nom = null, string? NomFixe = null, string? Bce = null, ReferentDuFormulaire? Referent = null, IReadOnlyDictionary<string, string>? Signataires = null, string? Tableau = null);

public sealed record ReferentDuFormulaire(string Nom, string Mail, string Telephone);

/// <summary>R22: the table of fiches-actions, and the column of each heading.</summary>
public sealed record FichesDuFormulaire(string Tableau, string Theme, string Intitule, string Quoi, string PourQuoi, string Quand, string Comment, string Ou, string PourEtAvecQui);

/// <summary>R29: the choice field whose <paramref name="Option"/> makes the convention an FCIL, and the fields of its period.</summary>
public sealed record FcilDuFormulaire(string Champ, string Option, string Debut, string Fin);

public enum NatureDeChamp
{
    TexteCourt,
    TexteLong,

    /// <summary>A person's name: letters, never digits.</summary>
    Nom,
    Mail,
    Telephone,
    Bce,
    Nombre,
    Montant,
    Date,

    /// <summary>Several options of <see cref="DefinitionDeChamp.Options"/>.</summary>
    Choix,

    /// <summary>Repeatable rows of <see cref="DefinitionDeChamp.Colonnes"/>.</summary>
    Tableau,

    /// <summary>A member of the committee the form belongs to (an action's owner), stored by their id.</summary>
    Membre,
}

public enum BorneDeDate
{
    AvantCloture,
    ApresOuverture,
}

public sealed record OptionDeChoix(string Code, string Libelle, string Label);

/// <summary>The address of one cell of a table: <c>{table}#{ligne}.{colonne}</c>.</summary>
public readonly record struct CelluleDeTableau(string Tableau, string Ligne, string Colonne)
{
    public string Cle => $"{Tableau}{FormulaireDeDossier.SeparateurDeLigne}{Ligne}.{Colonne}";

    public static string PrefixeDeLigne(string tableau, string ligne) => $"{tableau}{FormulaireDeDossier.SeparateurDeLigne}{ligne}.";

    public static CelluleDeTableau? Lire(string cle)
    {
        var diese = cle.IndexOf(FormulaireDeDossier.SeparateurDeLigne, StringComparison.Ordinal);
        var point = diese < 0 ? -1 : cle.IndexOf('.', diese);
        if (diese <= 0 || point < 0)
        {
            return null;
        }

        var ligne = cle[(diese + 1)..point];
        return EstUnIdentifiantDeLigne(ligne) ? new CelluleDeTableau(cle[..diese], ligne, cle[(point + 1)..]) : null;
    }

    /// <summary>Row ids are made by the bot (sortable, 1–24 lower-case letters or digits); anything else is forged.</summary>
    public static bool EstUnIdentifiantDeLigne(string ligne) =>
        ligne.Length is > 0 and <= 24 && ligne.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c));
}
