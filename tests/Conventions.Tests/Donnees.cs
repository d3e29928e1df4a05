using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Valeurs;
using TeamsConventions.Tests.Partage;

namespace Conventions.Tests;

/// <summary>Values from the seeds, shared by the rule tests.</summary>
internal static class Donnees
{
    public static readonly CatalogueDesConventions LeCatalogue = CatalogueDesConventions.Charger();
    public static readonly DateTimeOffset Maintenant = new(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(1));

    public static TypeDeConvention PartenariatAsbl => LeCatalogue.Type("partenariat-asbl");

    public static TypeDeConvention ForemCpas => LeCatalogue.Type("cooperation-forem-cpas");

    public static TypeDeConvention CadreRegional => LeCatalogue.Type("cadre-regional");

    public static TypeDeConvention EcolePartenaire => LeCatalogue.Type("cooperation-ecole-partenaire");

    public static TypeDeConvention InitiativeLocale => LeCatalogue.Type("initiative-locale");

    public static StatutsDeComite StatutsDAccompagnement => LeCatalogue.Comite("comite-accompagnement");

    public static StatutsDeComite StatutsDeSuivi => LeCatalogue.Comite("comite-suivi");

    public static Referent Referent(string nom) => new(nom, AdresseMail.Depuis($"{nom.ToLowerInvariant().Replace(' ', '.')}@exemple.be"), Telephone.Depuis("04 123 45 67"));

    public static Partie Forem => new("Forem", "Le Forem", Referent("Marc Dubois"));

    public static Partie Cpas(string commune = "Seraing") => new("Cpas", $"CPAS de {commune}", Referent("Sophie Lambert"));

    public static Comite ComiteDeSuivi(int parCote = 4) => Jeu.ComiteDeSuivi(StatutsDeSuivi, Maintenant, parCote, avecInvite: false);

    public static Convention ConventionForemCpasSignee(DateTimeOffset? le = null)
    {
        var quand = le ?? Maintenant;
        var convention = Convention.Rediger(ConventionId.Nouveau(), ForemCpas, [Forem, Cpas()], ParametresDeDuree.Aucun, "sha256:v1", LeSecretariat, quand, bassin: "Liège");
        DesignerForemCpas(convention, quand);
        convention.Signer("CPAS de Seraing", "President", Membre(101), "sha256:v1", null, quand);
        convention.Signer("CPAS de Seraing", "DirecteurGeneral", Membre(102), "sha256:v1", null, quand);
        convention.Signer("Le Forem", "AdministrateurGeneral", Membre(1), "sha256:v1", "Charleroi", quand);
        return convention;
    }

    /// <summary>R23 designations of a Forem–CPAS convention: member 1 for Forem's AG, 101 the CPAS President, 102 its Directeur général.</summary>
    public static void DesignerForemCpas(Convention convention, DateTimeOffset quand) =>
        convention.DesignerSignataires(
            [
                new Designation("Le Forem", "AdministrateurGeneral", Membre(1), "Administratrice générale"),
                new Designation("CPAS de Seraing", "President", Membre(101), "Président du CPAS"),
                new Designation("CPAS de Seraing", "DirecteurGeneral", Membre(102), "Directrice générale du CPAS"),
            ],
            LeSecretariat,
            quand);

    /// <summary>Each signature the convention requires, designated to members from <paramref name="premier"/> in its kind's order.</summary>
    public static void DesignerDansLOrdre(Convention convention, int premier, DateTimeOffset quand) =>
        convention.DesignerSignataires([.. convention.SignaturesRequises().Select((r, i) => new Designation(r.Partie, r.Fonction, Membre(premier + i), $"Signataire {premier + i}"))], LeSecretariat, quand);
}
