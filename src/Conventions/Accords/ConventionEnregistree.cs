using Conventions.Calendrier;
using Conventions.Dossiers;

namespace Conventions.Accords;

/// <summary>Everything a convention is, as storage keeps it; <see cref="Convention.Restaurer"/> rebuilds it without re-running its history.</summary>
public sealed record ConventionEnregistree(
    ConventionId Id,
    string Type,
    IReadOnlyList<Partie> Parties,
    ParametresDeDuree Parametres,
    string? Bassin,
    DossierId? Dossier,
    IReadOnlyList<FicheAction> FichesActions,
    int Version,
    string EmpreinteInitiale,
    string EmpreinteEnVigueur,
    IReadOnlyList<Signature> Signatures,
    DateOnly? DateDeSignature,
    IReadOnlyList<AvenantEnregistre> Avenants,
    IReadOnlyList<EvaluationEnregistree> Evaluations,
    Preavis? Preavis,
    IReadOnlyList<Designation>? Designations = null,
    Refus? Refus = null,
    DateTimeOffset? DesignesLe = null,
    IReadOnlyDictionary<string, string>? Clauses = null,
    IReadOnlyList<Redacteur>? Redacteurs = null,
    IReadOnlyList<ReferentDansTeams>? Referents = null,
    IReadOnlyList<Attestation>? Attestations = null);

public sealed record AvenantEnregistre(
    int Version, string Objet, string Empreinte, BeneficiaireNominatif? Beneficiaire, IReadOnlyList<Signature> Signatures, bool EnVigueur, string? Texte = null, DateOnly? EffaceLe = null);

public sealed record EvaluationEnregistree(string Reference, DateOnly Due, string? DemandeePar, string? EmpreinteDuCompteRendu, IReadOnlyList<string> ValideePar);
