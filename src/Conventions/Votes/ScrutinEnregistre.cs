using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;

namespace Conventions.Votes;

/// <summary>
/// A vote as storage keeps it. While a secret vote is open its salt is kept so that a member can change their
/// choice; at the close it is gone, and choices stay keyed by unlinkable hashes.
/// </summary>
public sealed record ScrutinEnregistre(
    ScrutinId Id,
    ComiteId Comite,
    ObjetDuVote Objet,
    RegleDeDecision Regle,
    Parite? Parite,
    bool Secret,
    DateTimeOffset Echeance,
    MembreId? President,
    IReadOnlyList<MembreDeComite> Electeurs,
    IReadOnlyList<MembreId> Recuses,
    IReadOnlyDictionary<MembreId, DateTimeOffset> Participations,
    IReadOnlyDictionary<string, Choix> Choix,
    byte[]? Sel,
    ResultatEnregistre? Resultat);

/// <summary>The counts fixed at the close (for a secret vote they cannot be recomputed from unlinkable ballots).</summary>
public sealed record ResultatEnregistre(int Pour, int Contre, int Abstention, Decision Decision, bool VoixPreponderanteUtilisee, DateTimeOffset ClosLe, IReadOnlyList<MembreId> Votants);
