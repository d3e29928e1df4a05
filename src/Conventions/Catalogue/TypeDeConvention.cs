namespace Conventions.Catalogue;

/// <summary>
/// A kind of convention, as data (one JSON file per kind in Catalogue/Types): who the parties are and who signs
/// for each, how long it lasts, how it renews, how it ends, how it is evaluated, which committee governs it and
/// what its document holds. Adding a kind is adding a file. <see cref="SignatureSequentielle"/>: its signatories sign
/// one after the other, in the order of its parties and their functions.
/// </summary>
public sealed record TypeDeConvention(
    string Code,
    string Intitule,
    string Seed,
    IReadOnlyList<DefinitionDePartie> Parties,
    RegleDeDuree Duree,
    Reconduction Reconduction,
    RegleDePreavis Preavis,
    RegleDEvaluation Evaluation,
    RegleDeLitige Litige,
    IReadOnlyList<SectionDeDocument> Sections,
    string? Comite = null,
    string? AvisPrealable = null,
    bool AvenantsNominatifs = false,
    int? DelaiDExamenDesRevisionsEnMois = null,
    IReadOnlyList<string>? ElementsDesConventionsParticulieres = null,
    IReadOnlyDictionary<string, RegleDAttestation>? Attestations = null,
    IReadOnlyList<string>? ChampsObligatoiresDuDossier = null,
    bool SignatureSequentielle = false)
{
    public DefinitionDePartie Partie(string role) =>
        Parties.FirstOrDefault(p => p.Role == role) ?? throw new KeyNotFoundException($"{Code} has no party '{role}'.");

    /// <summary>The signatory the kind requires as <paramref name="fonction"/> (R23), or null if it names no such function.</summary>
    public SignataireRequis? Signataire(string fonction) => Parties.SelectMany(p => p.Signataires).FirstOrDefault(s => s.Fonction == fonction);

    /// <summary>The kind's fiches-actions sections (R22); none for a kind without fiches-actions.</summary>
    public IEnumerable<SectionDeDocument> SectionsDeFichesActions => Sections.Where(s => s.Type == SectionDeDocument.FichesActions);

    /// <summary>The themes a fiche-action of this kind may take.</summary>
    public IReadOnlySet<string> ThemesDesFichesActions => SectionsDeFichesActions.SelectMany(s => s.Themes ?? []).ToHashSet(StringComparer.Ordinal);
}

/// <summary>A party of a kind: its role, how many such parties, who must sign for it, what identifies it.</summary>
public sealed record DefinitionDePartie(
    string Role,
    IReadOnlyList<SignataireRequis> Signataires,
    int Minimum = 1,
    int Maximum = 1,
    bool ReferentRequis = true,
    bool BceRequis = false);

/// <summary>A function that must sign for its party, as people read it (<see cref="Libelle"/> in French, <see cref="Label"/> in English); <see cref="Electronique"/>: signs electronically, with place and date.</summary>
public sealed record SignataireRequis(string Fonction, string Libelle, string Label, bool Electronique = false);

public enum TypeDeDuree
{
    /// <summary><see cref="RegleDeDuree.Annees"/> from the signature (seed 000: one year).</summary>
    DepuisLaSignature,

    /// <summary>No term (seed 001).</summary>
    Indeterminee,

    /// <summary>Ends on a fixed day of the year (seed 002: 31 December).</summary>
    JourFixe,

    /// <summary>Until the end of a training cycle, in school years (seed 003).</summary>
    CycleDeFormation,

    /// <summary>The period the dossier proposed (seed 004).</summary>
    PeriodeProposee,
}

public sealed record RegleDeDuree(TypeDeDuree Type, int Annees = 1, int Mois = 12, int Jour = 31, int MoisDeRentreeScolaire = 9);

public enum Reconduction
{
    Aucune,

    /// <summary>Renewed each year unless a party gives notice (seeds 000, 003).</summary>
    TaciteAnnuelle,

    /// <summary>Renewed each year on the strength of the annual evaluation, unless notice (seed 002).</summary>
    SurEvaluationAnnuelle,
}

public enum FormeDuPreavis
{
    /// <summary>Informing the other parties is enough (seed 000).</summary>
    Information,

    LettreRecommandee,
}

/// <summary>
/// How a party ends the convention: <see cref="Mois"/> of notice (0 = at any time), in which form, with reasons or
/// not; <see cref="AvantLeTerme"/>: the notice must reach the others that long before a term (seed 002), else it
/// runs from the notice (seeds 001, 003); <see cref="AnneeScolaireAchevee"/>: the current school year's actions
/// are always completed (seed 003).
/// </summary>
public sealed record RegleDePreavis(int Mois, FormeDuPreavis Forme, bool MotifsRequis, bool AvantLeTerme = false, bool AnneeScolaireAchevee = false);

/// <summary>
/// When the parties evaluate: each signature anniversary (R16), whenever a party asks, minutes validated by all
/// (R17), a follow-up committee once a year (R30).
/// </summary>
public sealed record RegleDEvaluation(bool Anniversaire, bool SurDemande, bool CompteRenduValideParLesParties, bool ComiteDeSuiviAnnuel = false);

/// <summary>R31: a competence certificate is co-signed by one of <see cref="UnParmi"/> and all of <see cref="Et"/>.</summary>
public sealed record RegleDAttestation(IReadOnlyList<string> UnParmi, IReadOnlyList<string> Et, string? SurPropositionDe = null);

public enum RegleDeLitige
{
    Amiable,

    /// <summary>R33: conciliation first, in an exceptional steering committee.</summary>
    ConciliationEnComiteDePilotageExceptionnel,
}

/// <summary>A section of the convention's document: articles, contacts, fiches-actions by theme, budget lines.</summary>
public sealed record SectionDeDocument(string Type, string Titre, IReadOnlyList<string>? Themes = null)
{
    public const string FichesActions = "FichesActions";
}
