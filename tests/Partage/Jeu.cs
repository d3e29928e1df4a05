using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;

namespace TeamsConventions.Tests.Partage;

/// <summary>
/// The members and the Comité de suivi every test project shares (compiled into each, so the domain's tests need
/// nothing of the bot): ids shaped like Entra object ids, numbered; Forem members 1–4, CPAS members 101–104, the
/// MIRE's guest 70, the secretariat 900.
/// </summary>
public static class Jeu
{
    public static readonly MembreId LeSecretariat = Membre(900);

    public static MembreId Membre(int n) => MembreId.Depuis($"00000000-0000-4000-8000-{n:D12}");

    /// <summary><paramref name="parCote"/> Forem members from <paramref name="depuis"/>, as many CPAS members from <paramref name="depuis"/> + 100.</summary>
    public static IEnumerable<MembreDeComite> MembresDeSuivi(int parCote = 4, int depuis = 1) =>
        Enumerable.Range(depuis, parCote).Select(i => new MembreDeComite(Membre(i), $"Forem {i}", "Forem", "Forem"))
            .Concat(Enumerable.Range(depuis + 100, parCote).Select(i => new MembreDeComite(Membre(i), $"CPAS {i}", "Cpas", $"CPAS {i}")));

    public static MembreDeComite InviteDeLaMire => new(Membre(70), "Responsable MIRE", "Mire", "MIRE Liège", Invite: true);

    /// <summary>The Comité de suivi of Liège: four members a side and, unless told otherwise, the MIRE's guest.</summary>
    public static Comite ComiteDeSuivi(StatutsDeComite statuts, DateTimeOffset quand, int parCote = 4, bool avecInvite = true) =>
        Comite.Constituer(ComiteId.Nouveau(), "Comité de suivi — Liège", statuts, avecInvite ? MembresDeSuivi(parCote).Append(InviteDeLaMire) : MembresDeSuivi(parCote), LeSecretariat, quand);
}
