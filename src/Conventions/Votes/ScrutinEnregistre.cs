using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;

namespace Conventions.Votes;

/// <summary>
/// A vote as storage keeps it. A public vote keeps each member's choice. A secret vote keeps, while it is open, each
/// member's ballot sealed with the vote's own key (<see cref="Sel"/>), so that a member can change it; at the close
/// the ballots are counted and the key destroyed: only the counts and who took part remain.
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
    IReadOnlyDictionary<MembreId, Choix> Choix,
    IReadOnlyDictionary<MembreId, byte[]> Bulletins,
    byte[]? Sel,
    ResultatEnregistre? Resultat);

/// <summary>The counts fixed at the close (for a secret vote they cannot be recomputed from unlinkable ballots).</summary>
public sealed record ResultatEnregistre(int Pour, int Contre, int Abstention, Decision Decision, bool VoixPreponderanteUtilisee, DateTimeOffset ClosLe, IReadOnlyList<MembreId> Votants);
