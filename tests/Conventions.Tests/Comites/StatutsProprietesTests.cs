using Conventions.Comites;
using Conventions.Erreurs;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Comites;

/// <summary>The committees' statutes over every composition and many presidency sequences, not just examples.</summary>
public sealed class StatutsProprietesTests
{
    [Fact]
    public void R07_R09_EveryCompositionUpToSixPerSide_AcceptedExactlyWhenEqualSidesAtMostEightVoting()
    {
        for (var forem = 0; forem <= 6; forem++)
        {
            for (var cpas = 0; cpas <= 6; cpas++)
            {
                foreach (var invites in new[] { 0, 2 })
                {
                    var membres = Enumerable.Range(1, forem).Select(i => new MembreDeComite(Membre(i), $"F{i}", "Forem", "Forem"))
                        .Concat(Enumerable.Range(101, cpas).Select(i => new MembreDeComite(Membre(i), $"C{i}", "Cpas", $"CPAS {i}")))
                        .Concat(Enumerable.Range(201, invites).Select(i => new MembreDeComite(Membre(i), $"I{i}", i % 2 == 0 ? "Mire" : "Cefo", "Invité", Invite: true)))
                        .ToList();
                    var conforme = forem == cpas && forem >= 1 && forem + cpas <= 8;

                    var accepte = Accepte(() => Comite.Constituer(ComiteId.Nouveau(), "CS", StatutsDeSuivi, membres, LeSecretariat, Maintenant));

                    Assert.True(accepte == conforme, $"{forem} Forem, {cpas} CPAS, {invites} guests: accepted={accepte}, statutes={conforme}");
                }
            }
        }
    }

    [Fact]
    public void R08_RandomPresidencySequencesOverThirtyYears_AcceptedMandatesAlwaysAlternateAndMixSides()
    {
        var hasard = new Random(20260304);
        var acceptes = 0;
        for (var essai = 0; essai < 200; essai++)
        {
            var comite = ComiteDeSuivi();
            var debut = new DateOnly(2026, 1, 1);
            for (var annee = 0; annee < 30; annee++)
            {
                var president = Membre(hasard.Next(2) == 0 ? 1 + hasard.Next(4) : 101 + hasard.Next(4));
                var vice = Membre(hasard.Next(2) == 0 ? 1 + hasard.Next(4) : 101 + hasard.Next(4));
                Accepte(() => comite.DesignerPresidence(president, vice, debut, LeSecretariat, Maintenant));
                debut = comite.Mandats.Count > 0 ? comite.Mandats[^1].Periode.Fin.AddDays(1) : debut;
            }

            acceptes += comite.Mandats.Count;
            var cotes = comite.Mandats.Select(m => (President: comite.Membre(m.President)!.Cote, Vice: comite.Membre(m.VicePresident!.Value)!.Cote)).ToList();
            Assert.All(cotes, c => Assert.NotEqual(c.President, c.Vice));
            Assert.All(cotes.Zip(cotes.Skip(1)), p => Assert.NotEqual(p.First.President, p.Second.President));
            Assert.All(comite.Mandats.Zip(comite.Mandats.Skip(1)), p => Assert.Equal(p.First.Periode.Fin.AddDays(1), p.Second.Periode.Debut));
            Assert.All(comite.Mandats, m => Assert.Equal(m.Periode.Debut.AddYears(1).AddDays(-1), m.Periode.Fin));
            Assert.All(comite.Mandats, m => Assert.Equal([m.President], comite.Secretariat(m.Periode.Debut)));
        }

        Assert.True(acceptes >= 1000, $"only {acceptes} mandates accepted over 200 sequences: the checks above prove little");
    }

    private static bool Accepte(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (RegleMetierException)
        {
            return false;
        }
    }
}
