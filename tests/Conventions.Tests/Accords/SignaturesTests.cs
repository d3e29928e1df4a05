using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Erreurs;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Accords;

/// <summary>The signature round (R23): who is designated signs, once, on the version to sign; a refusal stops it, a new version restarts it.</summary>
public sealed class SignaturesTests
{
    private static Convention ForemCpasASigner()
    {
        var convention = Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, Cpas()], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);
        DesignerForemCpas(convention, Maintenant);
        return convention;
    }

    [Fact]
    public void R23_DesignerSignataires_EveryRequiredSignatureByADifferentPersonWithinAParty()
    {
        var convention = Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, Cpas()], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);

        var incomplete = Assert.Throws<RegleMetierException>(() => convention.DesignerSignataires([new Designation("Le Forem", "AdministrateurGeneral", Membre(1), "AG")], LeSecretariat, Maintenant));
        var enDouble = Assert.Throws<RegleMetierException>(() => convention.DesignerSignataires(
            [new Designation("Le Forem", "AdministrateurGeneral", Membre(1), "AG"), new Designation("CPAS de Seraing", "President", Membre(101), "Paul"), new Designation("CPAS de Seraing", "DirecteurGeneral", Membre(101), "Paul")],
            LeSecretariat, Maintenant));

        Assert.Equal(CodesErreur.SignatairesIncomplets, incomplete.Code);
        Assert.Equal("CPAS de Seraing", incomplete.Arguments[0]);
        Assert.Equal("Président", Assert.IsType<Conventions.Catalogue.SignataireRequis>(incomplete.Arguments[1]).Libelle);
        Assert.Equal(CodesErreur.SignataireEnDouble, enDouble.Code);
        Assert.Empty(convention.Designations);
        DesignerForemCpas(convention, Maintenant);
        Assert.Equal(3, convention.Designations.Count);
        Assert.Contains(convention.EntreesAJournaliser, e => e.Action == "convention.signataires-designes");
    }

    [Fact]
    public void R23_OnlyTheDesignatedPersonSigns_OnceAndOnTheVersionToSign()
    {
        var convention = ForemCpasASigner();

        Assert.Equal(CodesErreur.SignataireNonDesigne, Assert.Throws<RegleMetierException>(() => convention.Signer("CPAS de Seraing", "President", Membre(102), "sha256:v1", null, Maintenant)).Code);
        Assert.Equal(CodesErreur.VersionDifferente, Assert.Throws<RegleMetierException>(() => convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v0", null, Maintenant)).Code);
        convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v1", null, Maintenant);
        Assert.Equal(CodesErreur.DejaSigne, Assert.Throws<RegleMetierException>(() => convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v1", null, Maintenant)).Code);

        Assert.Single(convention.Signatures);
        Assert.Equal(Membre(101), convention.Signatures[0].Signataire);
    }

    [Fact]
    public void Refuser_StopsTheRound_UntilANewVersionVoidsEverySignatureAndRestartsIt()
    {
        var convention = ForemCpasASigner();
        convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v1", null, Maintenant);

        Assert.Equal(CodesErreur.TexteManquant, Assert.Throws<RegleMetierException>(() => convention.Refuser("Le Forem", "AdministrateurGeneral", Membre(1), "sha256:v1", " ", Maintenant)).Code);
        convention.Refuser("Le Forem", "AdministrateurGeneral", Membre(1), "sha256:v1", "L'article 4 cite un ancien décret.", Maintenant);
        var apres = Assert.Throws<RegleMetierException>(() => convention.Signer("CPAS de Seraing", "DirecteurGeneral", Membre(102), "sha256:v1", null, Maintenant));
        Assert.Equal(CodesErreur.SignatureRefusee, apres.Code);
        Assert.Equal("L'article 4 cite un ancien décret.", apres.Arguments[1]);

        var annulees = convention.RemplacerLeDocument("sha256:v2", LeSecretariat, Maintenant.AddDays(1));

        Assert.Equal(Membre(101), Assert.Single(annulees).Signataire);
        Assert.Empty(convention.Signatures);
        Assert.Null(convention.Refus);
        Assert.Equal(3, convention.Designations.Count);
        foreach (var (partie, fonction, membre, lieu) in new[] { ("CPAS de Seraing", "President", 101, (string?)null), ("CPAS de Seraing", "DirecteurGeneral", 102, null), ("Le Forem", "AdministrateurGeneral", 1, "Charleroi") })
        {
            convention.Signer(partie, fonction, Membre(membre), "sha256:v2", lieu, Maintenant.AddDays(2));
        }

        Assert.Equal(EtatDeConvention.EnVigueur, convention.Etat(Bruxelles.Jour(Maintenant.AddDays(2))));
    }

    [Fact]
    public void Restaurer_KeepsTheDesignationsAndTheRefusal()
    {
        var convention = ForemCpasASigner();
        convention.Refuser("CPAS de Seraing", "DirecteurGeneral", Membre(102), "sha256:v1", "Le budget manque.", Maintenant);

        var restauree = Convention.Restaurer(convention.Enregistrement(), ForemCpas);

        Assert.Equal(convention.Designations, restauree.Designations);
        Assert.Equal(convention.Refus, restauree.Refus);
    }

    [Fact]
    public void RappelsDeSignature_TheLongestDelayPassedSinceTheTurnCame_OnlyToWhomTheRoundWaitsFor()
    {
        var convention = ForemCpasASigner();
        int[] delais = [3, 7];

        Assert.Empty(convention.RappelsDeSignature(Maintenant.AddDays(2), delais));
        Assert.Equal([(Membre(101), 3)], convention.RappelsDeSignature(Maintenant.AddDays(3), delais).Select(r => (r.Signataire.Signataire, r.Delai)));
        Assert.Equal([(Membre(101), 7)], convention.RappelsDeSignature(Maintenant.AddDays(30), delais).Select(r => (r.Signataire.Signataire, r.Delai)));

        // One after the other: the Directeur général's turn comes with the President's signature, and counts from it.
        convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v1", null, Maintenant.AddDays(4));
        Assert.Empty(convention.RappelsDeSignature(Maintenant.AddDays(6), delais));
        Assert.Equal([(Membre(102), 3)], convention.RappelsDeSignature(Maintenant.AddDays(7), delais).Select(r => (r.Signataire.Signataire, r.Delai)));

        convention.Refuser("CPAS de Seraing", "DirecteurGeneral", Membre(102), "sha256:v1", "Budget absent.", Maintenant.AddDays(8));
        Assert.Empty(convention.RappelsDeSignature(Maintenant.AddDays(30), delais));
    }

    [Fact]
    public void Corriger_AfterARefusal_ANewVersionVoidsTheSignatures_TheSameContentChangesNothing()
    {
        var convention = ForemCpasASigner();
        convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v1", null, Maintenant);
        convention.Refuser("CPAS de Seraing", "DirecteurGeneral", Membre(102), "sha256:v1", "Le référent du CPAS a changé.", Maintenant);
        var corrigee = new Partie("Cpas", "CPAS de Seraing", Referent("Julie Martin"));

        Assert.Equal(CodesErreur.NombreDeParties, Assert.Throws<RegleMetierException>(() => convention.Corriger([corrigee], ParametresDeDuree.Aucun, LeSecretariat, Maintenant)).Code);
        var annulees = convention.Corriger([Forem, corrigee], ParametresDeDuree.Aucun, LeSecretariat, Maintenant.AddDays(1));

        Assert.Equal(Membre(101), Assert.Single(annulees).Signataire);
        Assert.Null(convention.Refus);
        Assert.Empty(convention.Signatures);
        Assert.NotEqual("sha256:v1", convention.EmpreinteEnVigueur);
        Assert.Equal("Julie Martin", convention.Parties.Single(p => p.Role == "Cpas").Referent?.Nom);
        Assert.Equal(3, convention.Designations.Count);
        Assert.Empty(convention.Corriger([Forem, corrigee], ParametresDeDuree.Aucun, LeSecretariat, Maintenant.AddDays(2)));
        Assert.Contains(convention.EntreesAJournaliser, e => e.Action == "convention.document-remplace");
    }
}
