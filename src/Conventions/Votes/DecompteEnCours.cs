namespace Conventions.Votes;

/// <summary>
/// What everyone may see of a vote at any moment: who took part (in all and per side), whether the quorum is
/// reached, and the count per choice unless the vote is secret and still open.
/// </summary>
public sealed record DecompteEnCours(int Votants, int Electeurs, IReadOnlyDictionary<string, int> ParticipationParCote, bool QuorumAtteint, IReadOnlyDictionary<Choix, int>? ParChoix);
