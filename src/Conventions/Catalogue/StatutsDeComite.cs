namespace Conventions.Catalogue;

/// <summary>
/// A committee's statutes, as data (Catalogue/Comites): its seats per side, who votes, who chairs, who holds the
/// secretariat, how its decisions are taken.
/// </summary>
public sealed record StatutsDeComite(
    string Code,
    string Intitule,
    IReadOnlyList<Siege> Sieges,
    Presidence Presidence,
    Secretariat Secretariat,
    RegleDeDecision Decision,
    int? MaximumDeVotants = null,
    Parite? Parite = null,
    IReadOnlyList<string>? InvitesPermanents = null,
    ObligationAnnuelle? Obligation = null)
{
    public bool EstInvite(string cote) => InvitesPermanents?.Contains(cote) == true;

    public Siege? SiegeDe(string cote) => Sieges.FirstOrDefault(s => s.Cote == cote);
}

/// <summary>Seats of one side; <see cref="Nombre"/> null = as many as parity allows.</summary>
public sealed record Siege(string Cote, int? Nombre);

public enum TypeDePresidence
{
    /// <summary>Always the representative of one side (Comité d'accompagnement: the Employment Minister's).</summary>
    Fixe,

    /// <summary>President and Vice-President chosen among the voting members for a mandate, alternating sides (R08).</summary>
    Tournante,
}

public sealed record Presidence(TypeDePresidence Type, string? Cote = null, IReadOnlyList<string>? CotesEnAlternance = null, int DureeDuMandatEnMois = 12);

public enum TypeDeSecretariat
{
    /// <summary>Held by one side (R05: Forem).</summary>
    Cote,

    /// <summary>Held by the President (R10).</summary>
    President,
}

public sealed record Secretariat(TypeDeSecretariat Type, string? Cote = null);

/// <summary>
/// Quorum: share of the voting members who must take part (strictly more than). Majority: Pour must outnumber
/// Contre among those who expressed a choice (abstentions are not counted); a tie is broken by the chair only if
/// <see cref="VoixPreponderanteDuPresident"/>.
/// </summary>
public sealed record RegleDeDecision(decimal Quorum, bool VoixPreponderanteDuPresident);

/// <summary>Equal seats for these sides (R07); in a vote, each side must take part with at least <see cref="PresenceMinimaleParCote"/> of its seats.</summary>
public sealed record Parite(IReadOnlyList<string> Cotes, decimal PresenceMinimaleParCote);

/// <summary>R13: what the committee owes every year, and to whom.</summary>
public sealed record ObligationAnnuelle(string Nature, string Destinataire);
