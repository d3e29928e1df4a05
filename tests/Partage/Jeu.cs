using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Valeurs;

namespace TeamsConventions.Tests.Partage;

/// <summary>
/// The members and the Comité de suivi every test project shares (compiled into each, so the domain's tests need
/// nothing of the bot): ids shaped like Entra object ids, numbered; Forem members 1–4, CPAS members 101–104, the
/// MIRE's guest 70, the secretariat 900. Every voting member's organisation has a valid company number: the Forem's
/// is <see cref="BceDuForem"/>, CPAS member n's <see cref="Bce"/>(n).
/// </summary>
public static class Jeu
{
    public static readonly MembreId LeSecretariat = Membre(900);

    public static MembreId Membre(int n) => MembreId.Depuis($"00000000-0000-4000-8000-{n:D12}");

    /// <summary>A valid company number of its own for each <paramref name="n"/> (1 000 0000n and its check digits).</summary>
    public static NumeroBce Bce(int n)
    {
        var base8 = 10_000_000 + n;
        return NumeroBce.Depuis($"{base8:D8}{97 - (base8 % 97):D2}");
    }

    public static readonly NumeroBce BceDuForem = Bce(0);

    /// <summary>The Comité d'accompagnement's eleven voting members (200–240), each side its own organisation.</summary>
    public static IEnumerable<MembreDeComite> MembresDAccompagnement() =>
        new[] { ("MinistreEmploi", 1), ("MinistreActionSociale", 1), ("FederationCpas", 4), ("Forem", 4), ("Dgee", 1) }
            .SelectMany((siege, s) => Enumerable.Range(0, siege.Item2).Select(i => new MembreDeComite(Membre(200 + (s * 10) + i), $"{siege.Item1} {i + 1}", siege.Item1, siege.Item1, BceDeLOrganisation: Bce(200 + (s * 10)))));

    /// <summary><paramref name="parCote"/> Forem members from <paramref name="depuis"/>, as many CPAS members from <paramref name="depuis"/> + 100.</summary>
    public static IEnumerable<MembreDeComite> MembresDeSuivi(int parCote = 4, int depuis = 1) =>
        Enumerable.Range(depuis, parCote).Select(i => new MembreDeComite(Membre(i), $"Forem {i}", "Forem", "Forem", BceDeLOrganisation: BceDuForem))
            .Concat(Enumerable.Range(depuis + 100, parCote).Select(i => new MembreDeComite(Membre(i), $"CPAS {i}", "Cpas", $"CPAS {i}", BceDeLOrganisation: Bce(i))));

    public static MembreDeComite InviteDeLaMire => new(Membre(70), "Responsable MIRE", "Mire", "MIRE Liège", Invite: true);

    /// <summary>The Comité de suivi of Liège: four members a side and, unless told otherwise, the MIRE's guest.</summary>
    public static Comite ComiteDeSuivi(StatutsDeComite statuts, DateTimeOffset quand, int parCote = 4, bool avecInvite = true) =>
        Comite.Constituer(ComiteId.Nouveau(), "Comité de suivi — Liège", statuts, avecInvite ? MembresDeSuivi(parCote).Append(InviteDeLaMire) : MembresDeSuivi(parCote), LeSecretariat, quand);
}
