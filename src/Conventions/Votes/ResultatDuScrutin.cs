using Conventions.Membres;

namespace Conventions.Votes;

/// <summary>
/// The outcome of a vote: counts, participation per side, the decision and why, who voted what unless the vote
/// was secret, when it closed, the document it was about.
/// </summary>
public sealed record ResultatDuScrutin(
    int Pour,
    int Contre,
    int Abstention,
    int Votants,
    int Electeurs,
    IReadOnlyDictionary<string, int> ParticipationParCote,
    Decision Decision,
    bool VoixPreponderanteUtilisee,
    IReadOnlyDictionary<MembreId, Choix>? Nominatif,
    IReadOnlyList<MembreId> Recuses,
    DateTimeOffset ClosLe,
    string EmpreinteDocument);
