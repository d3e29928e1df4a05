using Conventions.Membres;

namespace Conventions.Dossiers;

/// <summary>A dossier as storage keeps it.</summary>
public sealed record DossierEnregistre(
    DossierId Id,
    string Appel,
    string Type,
    MembreId Auteur,
    IReadOnlyList<MembreId> Editeurs,
    IReadOnlyDictionary<string, string> Champs,
    EtatDuDossier Etat,
    int Version,
    string? EmpreinteSoumise,
    string? CommentaireDeCorrection,
    bool? AvisDePertinenceFavorable,
    string? MotifDeRejet);
