using Conventions.Accords;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;

namespace TeamsConventions.Tests.Partage;

/// <summary>
/// For each kind drafted in chat, every field of its form (Catalogue/Conventions) filled as its parties would,
/// values as typed; a table's rows under fixed row ids.
/// </summary>
public static class ProjetsComplets
{
    public static Dictionary<string, string> Champs(string type) => type switch
    {
        "cooperation-forem-cpas" => new()
        {
            ["cpas.nom"] = "CPAS de Herstal",
            ["cpas.bce"] = Jeu.Bce(301).ToString(),
            ["cpas.adresse"] = "Rue Large Voie 84, 4040 Herstal",
            ["cpas.president"] = "Nathalie Renard",
            ["cpas.directionGenerale"] = "Karim Belkacem",
            ["cpas.referent.nom"] = "Sophie Lambert",
            ["cpas.referent.mail"] = "sophie.lambert@cpas-herstal.be",
            ["cpas.referent.telephone"] = "04 240 65 11",
            ["forem.direction"] = "Liège",
            ["forem.administrateur"] = "Marie Dupont",
            ["forem.referent.nom"] = "Marc Dubois",
            ["forem.referent.mail"] = "marc.dubois@forem.be",
            ["forem.referent.telephone"] = "04 229 44 00",
            ["modalites.concertation"] = "Une réunion mensuelle des conseillers ; un tableau de suivi partagé.",
            ["fiches#a1.theme"] = "Accompagnement",
            ["fiches#a1.intitule"] = "Accompagnement renforcé vers l'emploi",
            ["fiches#a1.quoi"] = "Un suivi individuel conjoint.",
            ["fiches#a1.pourQuoi"] = "Raccourcir le chemin vers l'emploi.",
            ["fiches#a1.quand"] = "Dès la signature, chaque semaine",
            ["fiches#a1.comment"] = "Entretiens à trois, plan d'action partagé.",
            ["fiches#a1.ou"] = "Antenne du CPAS",
            ["fiches#a1.pourEtAvecQui"] = "Bénéficiaires du RIS de moins de 30 ans",
            ["fiches#a2.theme"] = "Formation",
            ["fiches#a2.intitule"] = "Modules de préqualification",
            ["fiches#a2.quoi"] = "Deux modules par an.",
            ["fiches#a2.pourQuoi"] = "Préparer l'entrée en formation qualifiante.",
            ["fiches#a2.quand"] = "Mars et octobre",
            ["fiches#a2.comment"] = "Ateliers collectifs.",
            ["fiches#a2.ou"] = "Centre de compétence",
            ["fiches#a2.pourEtAvecQui"] = "Personnes orientées par le CPAS",
        },
        "partenariat-asbl" => new()
        {
            ["asbl1.nom"] = "ASBL Lire et Écrire Liège",
            ["asbl1.siege"] = "Rue Saint-Gilles 3, 4000 Liège",
            ["asbl1.bce"] = "0455.266.926",
            ["asbl1.representant"] = "Claire Martin",
            ["asbl1.referent.nom"] = "Julie Leroy",
            ["asbl1.referent.mail"] = "julie.leroy@lire-ecrire.be",
            ["asbl1.referent.telephone"] = "04 226 91 86",
            ["asbl2.nom"] = "ASBL Le Tremplin",
            ["asbl2.siege"] = "Rue de la Station 12, 4100 Seraing",
            ["asbl2.bce"] = Jeu.Bce(555).ToString(),
            ["asbl2.representant"] = "Paul Lemaire",
            ["asbl2.referent.nom"] = "Hugo Lenoir",
            ["asbl2.referent.mail"] = "hugo.lenoir@tremplin.be",
            ["asbl2.referent.telephone"] = "04 337 12 00",
            ["engagements.filieres"] = "Français langue étrangère et filière logistique.",
            ["engagements.publics"] = "Personnes d'origine étrangère en formation de base.",
        },
        "cadre-regional" => new()
        {
            ["annee"] = "2027",
            ["region.emploi"] = "Pierre Wauters",
            ["region.actionSociale"] = "Anne Jacquet",
            ["forem.administrateur"] = "Marie Dupont",
            ["forem.referent.nom"] = "Marc Dubois",
            ["forem.referent.mail"] = "marc.dubois@forem.be",
            ["forem.referent.telephone"] = "04 229 44 00",
            ["federation.president"] = "Luc Mertens",
            ["federation.referent.nom"] = "Élise Fontaine",
            ["federation.referent.mail"] = "elise.fontaine@uvcw.be",
            ["federation.referent.telephone"] = "081 24 06 11",
            ["axes.objet"] = "Insertion socioprofessionnelle des bénéficiaires du RIS.",
            ["axes.evaluation"] = "Nombre de personnes accompagnées ; insertion à six mois.",
            ["budget#b1.poste"] = "Enveloppe annuelle des actions",
            ["budget#b1.beneficiaire"] = "Les CPAS partenaires",
            ["budget#b1.montant"] = "1 250 000",
            ["budget#b2.poste"] = "Subvention des organes de pilotage",
            ["budget#b2.beneficiaire"] = "Fédération des CPAS",
            ["budget#b2.montant"] = "85 000,50",
        },
        "cooperation-ecole-partenaire" => new()
        {
            ["etablissement.nom"] = "Athénée royal de Waremme",
            ["etablissement.adresse"] = "Rue du Baloir 2, 4300 Waremme",
            ["etablissement.chef"] = "Isabelle Collard",
            ["etablissement.referent.nom"] = "Thomas Henrard",
            ["etablissement.referent.mail"] = "thomas.henrard@arwaremme.be",
            ["etablissement.referent.telephone"] = "019 32 27 87",
            ["partenaires#p1.nom"] = "Garage Hesbaye Auto",
            ["partenaires#p1.bce"] = Jeu.Bce(777).ToString(),
            ["partenaires#p1.representant"] = "Vincent Pirotte",
            ["partenaires#p1.referentNom"] = "Laura Pirotte",
            ["partenaires#p1.referentMail"] = "laura@hesbaye-auto.be",
            ["partenaires#p1.referentTelephone"] = "019 58 00 12",
            ["formation.modalite"] = "fcil",
            ["formation.diplome"] = "Maintenance des véhicules électriques",
            ["formation.publics"] = "Élèves de 7e professionnelle.",
            ["formation.debut"] = "2027-09-01",
            ["formation.fin"] = "2028-01-31",
            ["cooperation.engagements"] = "Accueil en atelier deux jours par semaine.",
            ["cooperation.suivi"] = "Le chef d'établissement, un professeur de spécialité, le gérant du garage.",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no drafted-in-chat kind of that code"),
    };

    /// <summary>The kinds drafted in chat, each with what the convention's first party is called once drawn up.</summary>
    public static readonly IReadOnlyList<(string Type, string PremierePartie)> Types =
    [
        ("cooperation-forem-cpas", "CPAS de Herstal"),
        ("partenariat-asbl", "ASBL Lire et Écrire Liège"),
        ("cadre-regional", "Région wallonne — Emploi et Formation"),
        ("cooperation-ecole-partenaire", "Athénée royal de Waremme"),
    ];

    /// <summary>The draft of <paramref name="type"/> filled with <see cref="Champs"/> by one drafter and drawn up under a fixed id, at a fixed time.</summary>
    public static Convention Redigee(CatalogueDesConventions catalogue, string type)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var formulaire = catalogue.FormulairesDeConvention[type];
        var redactrice = new Redacteur(MembreId.Depuis("0c6a2f7e-1d4b-4c1e-8a3f-5b9d7e2c4a11"), "Claire Martin");
        var maintenant = new DateTimeOffset(2027, 3, 4, 10, 0, 0, TimeSpan.FromHours(1));
        var projet = ProjetDeConvention.Commencer(new ConventionId(new Guid("7f3e2a10-0000-4000-8000-000000000001")), formulaire, redactrice, maintenant);
        projet.Enregistrer(formulaire, [.. Champs(type).Select(c => new Saisie(c.Key, c.Value, null))], null, redactrice.Membre, maintenant);
        return projet.Rediger(formulaire, catalogue.Type(type), redactrice.Membre, maintenant);
    }
}
