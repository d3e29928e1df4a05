using Conventions.Membres;

namespace Conventions.Comites;

/// <summary>
/// A seat holder: the person (Entra object id), the side they sit for (Forem, Cpas, MinistreEmploi, …), the
/// organisation they represent (for recusal), and whether they are a permanent guest without a vote (R09).
/// </summary>
public sealed record MembreDeComite(MembreId Membre, string Nom, string Cote, string Organisation, bool Invite = false)
{
    public bool Votant => !Invite;
}
