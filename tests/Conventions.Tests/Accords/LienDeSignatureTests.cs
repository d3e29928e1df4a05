using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Erreurs;
using Conventions.Valeurs;
using static Conventions.Tests.Donnees;

namespace Conventions.Tests.Accords;

/// <summary>R23 outside Teams: a signing link by e-mail, opened with a one-time code, three wrong codes lock it.</summary>
public sealed class LienDeSignatureTests
{
    private static readonly AdresseMail Adresse = AdresseMail.Depuis("anne.martin@cpas-seraing.be");

    private static (Convention Convention, LienDeSignature Lien) LienPourLaDirectrice()
    {
        var convention = Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, Cpas()], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);
        DesignerForemCpas(convention, Maintenant);
        var designation = convention.EnvoyerLienDeSignature("CPAS de Seraing", "DirecteurGeneral", Adresse, LeSecretariat, Maintenant);
        return (convention, LienDeSignature.Creer("secret-du-lien", convention.Id, convention.EmpreinteEnVigueur, designation.Designation, Adresse, Maintenant));
    }

    [Fact]
    public void R23_ALink_OpensWithTheCodeSentForIt_AndIsUsedUpOnceSigned()
    {
        var (convention, lien) = LienPourLaDirectrice();
        Assert.Equal(Membre(102), lien.Designation.Signataire);
        Assert.Equal(LienDeSignature.IdDuSecret("secret-du-lien"), lien.Id);
        Assert.DoesNotContain("secret-du-lien", lien.Id, StringComparison.Ordinal);
        Assert.Equal(CodesErreur.CodeExpire, Assert.Throws<RegleMetierException>(() => lien.EssayerLeCode("123456", Maintenant)).Code);

        lien.NouveauCode("123456", Maintenant);
        Assert.NotEqual("123456", lien.EmpreinteDuCode);
        Assert.True(lien.EssayerLeCode("123 456", Maintenant.AddMinutes(14)));
        convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v1", null, Maintenant);
        convention.Signer("CPAS de Seraing", "DirecteurGeneral", lien.Designation.Signataire, lien.Empreinte, null, Maintenant, lien.Adresse);
        lien.Utiliser(Maintenant);

        Assert.Equal("anne.martin@cpas-seraing.be", convention.Signatures.Single(s => s.Fonction == "DirecteurGeneral").Courriel);
        Assert.Null(convention.Signatures.Single(s => s.Fonction == "President").Courriel);
        Assert.Equal(CodesErreur.LienUtilise, Assert.Throws<RegleMetierException>(() => lien.EssayerLeCode("123456", Maintenant)).Code);
        Assert.Contains(convention.EntreesAJournaliser, e => e.Action == Audit.ActionAuditee.LienDeSignatureEnvoye && e.Details.Contains("anne.martin@cpas-seraing.be", StringComparison.Ordinal));
    }

    [Fact]
    public void R23_ThreeWrongCodes_LockTheLink_EvenWithTheRightCodeAfter()
    {
        var (_, lien) = LienPourLaDirectrice();
        lien.NouveauCode("123456", Maintenant);

        Assert.False(lien.EssayerLeCode("000000", Maintenant));
        Assert.Equal((CodesErreur.CodeIncorrect, 2), (lien.CodeRefuse().Code, (int)lien.CodeRefuse().Arguments[0]));
        Assert.False(lien.EssayerLeCode("111111", Maintenant));
        Assert.Equal(CodesErreur.CodeIncorrectDernierEssai, lien.CodeRefuse().Code);
        Assert.False(lien.EssayerLeCode(null, Maintenant));

        Assert.True(lien.Verrouille);
        Assert.Equal(CodesErreur.LienVerrouille, lien.CodeRefuse().Code);
        Assert.Equal(CodesErreur.LienVerrouille, Assert.Throws<RegleMetierException>(() => lien.EssayerLeCode("123456", Maintenant)).Code);
        Assert.Equal(CodesErreur.LienVerrouille, Assert.Throws<RegleMetierException>(() => lien.NouveauCode("654321", Maintenant.AddHours(1))).Code);
    }

    [Fact]
    public void R23_ACode_LastsFifteenMinutes_IsNotResentWithinAMinute_AndTheLinkExpires()
    {
        var (_, lien) = LienPourLaDirectrice();
        lien.NouveauCode("123456", Maintenant);

        Assert.Equal(CodesErreur.CodeRecent, Assert.Throws<RegleMetierException>(() => lien.NouveauCode("999999", Maintenant.AddSeconds(30))).Code);
        Assert.Equal(CodesErreur.CodeExpire, Assert.Throws<RegleMetierException>(() => lien.EssayerLeCode("123456", Maintenant.AddMinutes(16))).Code);
        Assert.Equal(0, lien.CodesIncorrects);
        lien.NouveauCode("999999", Maintenant.AddMinutes(16));
        Assert.False(lien.EssayerLeCode("123456", Maintenant.AddMinutes(17)));
        Assert.True(lien.EssayerLeCode("999999", Maintenant.AddMinutes(17)));
        Assert.Equal(CodesErreur.LienExpire, Assert.Throws<RegleMetierException>(() => lien.NouveauCode("555555", Maintenant + LienDeSignature.DureeDuLien + TimeSpan.FromMinutes(1))).Code);
    }

    [Fact]
    public void R23_ALink_IsOnlyForADesignatedSignatureStillAwaited()
    {
        var convention = Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, Cpas()], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, Maintenant);
        Assert.Equal(CodesErreur.SignataireNonDesigne, Assert.Throws<RegleMetierException>(() => convention.EnvoyerLienDeSignature("CPAS de Seraing", "President", Adresse, LeSecretariat, Maintenant)).Code);
        DesignerForemCpas(convention, Maintenant);
        convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v1", null, Maintenant);

        Assert.Equal(CodesErreur.DejaSigne, Assert.Throws<RegleMetierException>(() => convention.EnvoyerLienDeSignature("CPAS de Seraing", "President", Adresse, LeSecretariat, Maintenant)).Code);
        convention.Refuser("CPAS de Seraing", "DirecteurGeneral", Membre(102), "sha256:v1", "Article 4.", Maintenant);
        Assert.NotNull(Assert.Throws<RegleMetierException>(() => convention.EnvoyerLienDeSignature("Le Forem", "AdministrateurGeneral", Adresse, LeSecretariat, Maintenant)));
    }
}
