using Conventions.Membres;
using Conventions.Valeurs;

namespace Conventions.Comites;

/// <summary>
/// A seat holder: the person (Entra object id), the side they sit for (Forem, Cpas, MinistreEmploi, …), the
/// organisation they represent — its name as people say it, and its company number, which is what recusal compares —
/// and whether they are a permanent guest without a vote (R09).
/// </summary>
public sealed record MembreDeComite(MembreId Membre, string Nom, string Cote, string Organisation, bool Invite = false, NumeroBce? BceDeLOrganisation = null)
{
    /// <summary>Whether the member represents the organisation with this company number (never guessed from a name).</summary>
    public bool Represente(NumeroBce? organisation) => organisation is { } bce && BceDeLOrganisation == bce;

    public bool Votant => !Invite;
}
