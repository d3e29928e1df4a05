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
    int? Longueur = null)
{
    /// <summary>Long texts: 2,000 characters unless the form says less, so that a step's card stays within Teams' 28 KB.</summary>
    public const int LongueurTexteLong = 2000;

    public const int LongueurTexteCourt = 200;

    public int LongueurMaximale => Nature == NatureDeChamp.TexteLong ? Math.Min(Longueur ?? LongueurTexteLong, LongueurTexteLong) : LongueurTexteCourt;
}

/// <summary>
/// R03: how an approved dossier becomes its convention, as data — each party from the dossier's fields (its name,
/// or a fixed name; its company number; its referent, R21; the names of its signatories by function, R23), the
/// period the dossier proposed and its bassin.
/// </summary>
public sealed record ConventionDuFormulaire(IReadOnlyList<PartieDuFormulaire> Parties, string? Debut = null, string? Fin = null, string? Bassin = null);

/// <param name="Nom">The field naming the party; <paramref name="NomFixe"/> when the party is always the same (« Le Forem »).</param>
/// <param name="Signataires">Per function the party signs in, the field naming the person (the secretariat still designates who signs).</param>
public sealed record PartieDuFormulaire(
    string Role, string? Nom = null, string? NomFixe = null, string? Bce = null, ReferentDuFormulaire? Referent = null, IReadOnlyDictionary<string, string>? Signataires = null);

public sealed record ReferentDuFormulaire(string Nom, string Mail, string Telephone);

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
