using System.Text;
using System.Text.Json;
using Conventions.Suivi;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Cards.Model;
using Conventions.Calendrier;
using Conventions.Catalogue;
using TeamsConventions.Tests.Partage;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Connector;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Cards;

/// <summary>Every card the bot can send, in both languages and every state, passes what Teams requires.</summary>
public sealed class EveryCardTests
{
    private static readonly DateTimeOffset Maintenant = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Noms => [.. Toutes().Keys];

    [Theory]
    [MemberData(nameof(Noms))]
    public void Card_StaysWithinTeamsLimits(string nom) => VerificationDesCartes.VerifierLesLimites(nom, Serialiser(Toutes()[nom]));

    [Fact]
    public Task Cards_AreParsedByTheAdaptiveCardsLibraryWithoutAnyWarning() =>
        VerificationDesCartes.VerifierAvecLaBibliothequeAsync(Toutes().ToDictionary(c => c.Key, c => JsonDocument.Parse(Serialiser(c.Value)).RootElement));

    [Theory]
    [MemberData(nameof(Noms))]
    public void Card_TextAPersonReads_ShowsNamesNeverATeamsIdNorABracketedPlural(string nom)
    {
        var texte = CarteJson.Texte(JsonDocument.Parse(Serialiser(Toutes()[nom])).RootElement);

        Assert.DoesNotMatch(@"\b(19:\S+@thread|29:\S+|a:\S+)", texte);
        Assert.DoesNotMatch(@"\w\((s|es|ies)\)", texte);
    }

    [Fact]
    public void Card_TextIsNeverBuiltByStringReplacement_QuotesAndNewlinesStayText()
    {
        var carte = IncomprisCard.Composer(Textes.Francais, "\"}],\"actions\":[{\"type\":\"Action.OpenUrl\"\n");

        var racine = JsonDocument.Parse(Serialiser(carte)).RootElement;

        Assert.Equal(2, racine.GetProperty("actions").GetArrayLength());
        Assert.Contains("Action.OpenUrl", racine.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A plan of many actions with every field at its longest, one action refused, the plans awaiting validation.</summary>
    private static IEnumerable<(string Nom, AdaptiveCard Carte)> CartesDuPlan(Textes textes)
    {
        var formulaire = CatalogueDesConventions.Charger().Plans["plan-d-actions"];
        var comite = ComiteDeSuivi();
        var plan = Conventions.Actions.PlanDActions.Rediger(Conventions.Actions.PlanDActionsId.Nouveau(), comite, 2027, formulaire, null, Membre(1), Maintenant);
        foreach (var i in Enumerable.Range(1, 40))
        {
            var valeurs = formulaire.Champs.ToDictionary(c => c.Id, c => c.Nature switch
            {
                NatureDeChamp.Membre => Membre(101).ToString(),
                NatureDeChamp.Date => c.Apres is null ? "2027-02-01" : "2027-11-30",
                NatureDeChamp.Montant => "12500.50",
                _ => new string('a', c.LongueurMaximale),
            });
            plan.EnregistrerAction(comite, formulaire, $"a{i:D2}", [.. valeurs.Select(v => new Saisie(v.Key, v.Value, null))], Membre(1), Maintenant);
        }

        Assert.Equal(40, plan.Actions.Count);
        var ouvert = new TeamsConventions.Application.Actions.PlanOuvert(plan, comite, formulaire);
        var refus = plan.EnregistrerAction(comite, formulaire, "a99", [new Saisie("action.intitule", new string('b', 300), null), new Saisie("action.responsable", Membre(4242).ToString(), null)], Membre(1), Maintenant);
        yield return ("plan-40-actions", PlanDActionsCard.Plan(textes, ouvert, "Action « Job coaching » enregistrée."));
        yield return ("plan-action-pleine", PlanDActionsCard.Action(textes, ouvert, "a01"));
        yield return ("plan-action-refusee", PlanDActionsCard.Action(textes, ouvert, "a99", refus, new Dictionary<string, string> { ["action.intitule"] = new string('b', 300) }));
        var aValider = Enumerable.Range(1, 30).Select(_ => Conventions.Actions.PlanDActions.Restaurer(
            Conventions.Actions.PlanDActionsId.Nouveau(), formulaire.Type, comite.Id, 2027, false, Conventions.Actions.EtatDuProjet.AValider, 1, "sha256:plan", null, plan.Actions));
        yield return ("plan-a-valider", PlanDActionsCard.AValider(textes, [.. aValider.Select(p => (p, "Comité de suivi — Huy-Waremme"))]));
    }

    /// <summary>Particular conventions with every field at its longest, drafted, refused and frozen; a full agenda and its minutes.</summary>
    private static IEnumerable<(string Nom, AdaptiveCard Carte)> CartesDuComite(Textes textes)
    {
        var catalogue = CatalogueDesConventions.Charger();
        var formulaire = catalogue.ConventionsParticulieres["convention-particuliere"];
        var comite = ComiteDeSuivi();
        var champs = formulaire.Champs.ToDictionary(c => c.Id, c => c.Nature switch
        {
            NatureDeChamp.Bce => Bce(555).ToString(),
            NatureDeChamp.Montant => "125000.50",
            _ => new string('a', c.LongueurMaximale),
        });
        Conventions.Actions.ProjetDeConventionParticuliere Projet(Conventions.Actions.EtatDuProjet etat) =>
            Conventions.Actions.ProjetDeConventionParticuliere.Restaurer(Conventions.Actions.ConventionParticuliereId.Nouveau(), formulaire.Type, comite.Id, etat, 1, "sha256:cp", "Budget à revoir", champs);
        var document = new Uri("https://bot.example/conventions-particulieres/1/document?v=x&exp=1&sig=y");
        var brouillon = new TeamsConventions.Application.ConventionsParticulieres.ConventionParticuliereOuverte(Projet(Conventions.Actions.EtatDuProjet.Brouillon), comite, formulaire);
        var refus = new ResultatDeSaisie();
        refus.Lire([new Saisie("cp.partenaire.bce", "0123.456.789", null), new Saisie("cp.intitule", "autre", null)], formulaire.Definition, (c, v) => SaisieDeChamp.Normaliser(c, v, formulaire.CommeFormulaire, new Conventions.Valeurs.Periode(DateOnly.MinValue, DateOnly.MaxValue)), champs);
        yield return ("cp-brouillon", ConventionParticuliereCard.Convention(textes, brouillon, document, message: "7 champs enregistrés."));
        yield return ("cp-refus", ConventionParticuliereCard.Convention(textes, brouillon, document, refus, new Dictionary<string, string> { ["cp.partenaire.bce"] = "0123.456.789" }));
        yield return ("cp-a-valider", ConventionParticuliereCard.Convention(textes, brouillon with { Projet = Projet(Conventions.Actions.EtatDuProjet.AValider) }, document));
        yield return ("cp-liste", ConventionParticuliereCard.Liste(textes, comite, valide: true, [.. Enumerable.Range(1, 40).Select(_ => brouillon)]));
        yield return ("cp-liste-vide", ConventionParticuliereCard.Liste(textes, comite, valide: false, []));

        var points = Enumerable.Range(1, Conventions.Seances.Seance.PointsMaximum).Select(i => new Conventions.Seances.PointDeLOrdreDuJour(
            ScrutinId.Nouveau(), (NatureDeLObjet)(i % 4), $"ref{i}", new string('i', 200), new string('h', 64), i % 2 == 0)).ToList();
        var seance = Conventions.Seances.Seance.Restaurer(
            Conventions.Seances.SeanceId.Nouveau(), comite.Id, Conventions.Seances.ModeDeSeance.Reunion, Maintenant.AddDays(7), points, [], null, Conventions.Seances.EtatDuCompteRendu.Redige, null, "Corriger le point 3");
        var scrutin = Scrutins().Last().Scrutin;
        var ordre = new TeamsConventions.Application.Seances.OrdreDuJour(
            comite, seance, [.. points.Select(p => new TeamsConventions.Application.Seances.PointInscrit(p, scrutin))],
            [.. Enumerable.Range(1, 30).Select(i => new TeamsConventions.Application.Seances.PointPropose((NatureDeLObjet)(i % 3), Guid.NewGuid().ToString("N"), new string('p', 200)))],
            [.. Enumerable.Range(1, 5).Select(_ => seance)]);
        yield return ("ordre-du-jour-plein", OrdreDuJourCard.Composer(textes, ordre, Maintenant, "Inscrit à l'ordre du jour."));
        yield return ("ordre-du-jour-sans-seance", OrdreDuJourCard.Composer(textes, ordre with { Prochaine = null, Points = [], AInscrire = [], ComptesRendusARediger = [] }, Maintenant));
        yield return ("compte-rendu", OrdreDuJourCard.CompteRendu(textes, comite, seance, [.. points.Select(p => (p, scrutin.Resultat))], new string('n', Conventions.Seances.Seance.LongueurDesNotes), document, "Enregistré."));
    }

    /// <summary>A convention of four parties being signed (designated, one signed, one refused), the signature cards, a full « mes conventions ».</summary>
    private static IEnumerable<(string Nom, AdaptiveCard Carte)> CartesDeConvention(Textes textes)
    {
        var catalogue = CatalogueDesConventions.Charger();
        var type = catalogue.Type("cadre-regional");
        var referent = new Conventions.Accords.Referent(new string('r', 100), Conventions.Valeurs.AdresseMail.Depuis("marie.dubois@cpas-liege.be"), Conventions.Valeurs.Telephone.Depuis("04 330 12 34"));
        var parties = type.Parties.Select(p => new Conventions.Accords.Partie(p.Role, new string('P', 70) + p.Role, referent)).ToList();
        var convention = Conventions.Accords.Convention.Rediger(
            Conventions.Accords.ConventionId.Nouveau(), type, parties, Conventions.Calendrier.ParametresDeDuree.Aucun, "sha256:" + new string('a', 64), LeSecretariat, Maintenant);
        var designations = convention.SignaturesRequises().Select((r, i) => new Conventions.Accords.Designation(r.Partie, r.Fonction, Membre(300 + i), new string('n', 200))).ToList();
        convention.DesignerSignataires(designations, LeSecretariat, Maintenant);
        var document = new Uri("https://bot.example/conventions/1/document?v=x&exp=1&sig=y");
        var jour = Bruxelles.Jour(Maintenant);
        var suggestions = new Dictionary<(string, string), string>();
        yield return ("convention-designation", ConventionCard.Designation(textes, convention, document, suggestions, jour, message: "Les signataires ont reçu la convention à signer."));
        yield return ("convention-a-signer-electronique", ConventionCard.ASigner(textes, convention, designations[2], document, jour));
        convention.Signer(designations[0].Partie, designations[0].Fonction, designations[0].Signataire, convention.EmpreinteEnVigueur, null, Maintenant);
        yield return ("convention-designation-en-cours", ConventionCard.Designation(textes, convention, document, suggestions, jour));
        yield return ("convention-signee", ConventionCard.ASigner(textes, convention, designations[0], document, jour, "Votre signature est enregistrée."));
        convention.Refuser(designations[1].Partie, designations[1].Fonction, designations[1].Signataire, convention.EmpreinteEnVigueur, new string('m', 2000), Maintenant);
        yield return ("convention-refusee", ConventionCard.ASigner(textes, convention, designations[1], document, jour));
        yield return ("mes-conventions", ConventionCard.MesConventions(textes, [], [.. Enumerable.Range(0, 40).Select(_ => convention)], Membre(301), jour));
        yield return ("mes-conventions-vide", ConventionCard.MesConventions(textes, [], [], Membre(301), jour));

        // In force, an amendment of the longest text under signature, and the form for the next one once it is signed.
        var enVigueur = Conventions.Accords.Convention.Rediger(
            Conventions.Accords.ConventionId.Nouveau(), type, parties, Conventions.Calendrier.ParametresDeDuree.Aucun, "sha256:" + new string('b', 64), LeSecretariat, Maintenant);
        enVigueur.DesignerSignataires(designations, LeSecretariat, Maintenant);
        foreach (var d in designations)
        {
            enVigueur.Signer(d.Partie, d.Fonction, d.Signataire, enVigueur.EmpreinteEnVigueur, "Namur", Maintenant);
        }

        var avenant = enVigueur.RedigerAvenant(new string('o', 500), new string('t', 8000), LeSecretariat, Maintenant);
        yield return ("avenant-a-signer", AvenantCard.ASigner(textes, enVigueur, avenant, designations[2], document));
        yield return ("convention-avenant-en-cours", ConventionCard.Designation(textes, enVigueur, document, suggestions, jour));
        var classee = new TeamsConventions.Application.Classement.DocumentClasse(
            new string('n', 200) + ".docx", new Uri("https://contoso.sharepoint.com/sites/conventions/Conventions%20sign%C3%A9es/convention.docx"), "item-1");
        yield return ("convention-classee", ConventionCard.Designation(textes, enVigueur, document, suggestions, jour, classes: [classee, classee with { Nom = "avenant-1.docx" }]));
        foreach (var d in designations)
        {
            enVigueur.SignerAvenant(avenant.Version, d.Partie, d.Fonction, d.Signataire, avenant.Empreinte, "Namur", Maintenant);
        }

        yield return ("convention-avenants", ConventionCard.Designation(textes, enVigueur, document, suggestions, jour, new Dictionary<string, string> { [AvenantCard.ChampTexte] = new string('t', 8000) }));

        // R26: a partnership's referents, twelve beneficiaries at their longest (one erased, one waiting), the secretariat's card without them.
        var asbl = catalogue.Type("partenariat-asbl");
        var partenaires = Enumerable.Range(0, 2).Select(i => new Conventions.Accords.Partie("Asbl", new string('A', 150) + i, referent, Conventions.Valeurs.NumeroBce.Depuis("0455.266.926"))).ToList();
        var partenariat = Conventions.Accords.Convention.Rediger(Conventions.Accords.ConventionId.Nouveau(), asbl, partenaires, Conventions.Calendrier.ParametresDeDuree.Aucun, "sha256:" + new string('c', 64), LeSecretariat, Maintenant);
        var representants = partenariat.SignaturesRequises().Select((r, i) => new Conventions.Accords.Designation(r.Partie, r.Fonction, Membre(400 + i), new string('n', 200))).ToList();
        partenariat.DesignerSignataires(representants, LeSecretariat, Maintenant);
        foreach (var d in representants)
        {
            partenariat.Signer(d.Partie, d.Fonction, d.Signataire, partenariat.EmpreinteEnVigueur, null, Maintenant);
        }

        partenariat.DesignerReferents([.. partenaires.Select((p, i) => new Conventions.Accords.ReferentDansTeams(p.Nom, Membre(410 + i), new string('r', 200)))], LeSecretariat, Maintenant);
        foreach (var i in Enumerable.Range(0, 12))
        {
            var nominatif = partenariat.AjouterBeneficiaire(new string('b', 120), new string('p', 200), jour, new Conventions.Accords.Consentement(jour, Membre(410), "oral"), Membre(410), Maintenant);
            if (i < 11)
            {
                partenariat.SignerAvenant(nominatif.Version, partenaires[1].Nom, Conventions.Accords.Convention.FonctionDuReferent, Membre(411), nominatif.Empreinte, null, Maintenant);
            }

            if (i == 0)
            {
                partenariat.EffacerBeneficiaire(nominatif.Version, Membre(410), Maintenant);
            }
        }

        yield return ("beneficiaires-du-referent", BeneficiairesCard.PourLeReferent(textes, partenariat, Membre(411), new string('m', 300), true));
        yield return ("partenariat-referents", ConventionCard.Designation(textes, partenariat, document, suggestions, jour));

        // R31: a school with five partners, twelve certificates at their longest, the form for the next, a co-signatory's card.
        var ecole = catalogue.Type("cooperation-ecole-partenaire");
        var acteurs = ecole.Parties.SelectMany(d => Enumerable.Range(0, d.Maximum).Select(i => new Conventions.Accords.Partie(d.Role, new string('E', 150) + d.Role + i, referent))).ToList();
        var cooperation = Conventions.Accords.Convention.Rediger(
            Conventions.Accords.ConventionId.Nouveau(), ecole, acteurs, new Conventions.Calendrier.ParametresDeDuree(AnneesDuCycle: 1), "sha256:" + new string('d', 64), LeSecretariat, Maintenant);
        var signataires = cooperation.SignaturesRequises().Select((r, i) => new Conventions.Accords.Designation(r.Partie, r.Fonction, Membre(500 + i), new string('n', 200))).ToList();
        cooperation.DesignerSignataires(signataires, LeSecretariat, Maintenant);
        foreach (var d in signataires)
        {
            cooperation.Signer(d.Partie, d.Fonction, d.Signataire, cooperation.EmpreinteEnVigueur, null, Maintenant);
        }

        foreach (var i in Enumerable.Range(0, 12))
        {
            cooperation.EtablirAttestation("fcil", new string('a', 120), new string('c', 2000), new Conventions.Accords.Cosignataire("RecteurDAcademie", null, Membre(520), new string('r', 200)), LeSecretariat, Maintenant);
        }

        var certificat = cooperation.Attestations[^1];
        yield return ("attestation-a-cosigner", AttestationCard.ACosigner(textes, cooperation, certificat, certificat.Cosignataires[0], document, new string('m', 300), true));
        yield return ("convention-attestations", ConventionCard.Designation(textes, cooperation, document, suggestions, jour, variante: "fcil"));

        // Drafts in chat: the kinds, a step with thirty fiches-actions, the summary after a refusal, drafts listed first.
        var formulaire = catalogue.FormulairesDeConvention["cooperation-forem-cpas"];
        var projet = Conventions.Accords.ProjetDeConvention.Commencer(Conventions.Accords.ConventionId.Nouveau(), formulaire, new Conventions.Accords.Redacteur(Membre(40), new string('n', 200)), Maintenant);
        var fiches = Enumerable.Range(0, 30).SelectMany(i => (formulaire.Champs.Single(c => c.Id == "fiches").Colonnes ?? [])
            .Select(c => new Conventions.Dossiers.Saisie($"fiches#l{i:D2}.{c.Id}", c.Options is null ? new string('x', 40) : "Accompagnement", null))).ToList();
        projet.Enregistrer(formulaire, fiches, null, Membre(40), Maintenant);
        var ouvert = new TeamsConventions.Application.Accords.ProjetOuvert(projet, formulaire, catalogue.Type("cooperation-forem-cpas"));
        yield return ("nouvelle-convention", ProjetDeConventionCard.Types(textes, [.. catalogue.FormulairesDeConvention.Keys.Select(catalogue.Type)]));
        yield return ("projet-etape-fiches", EtapeDuDossierCard.Etape(textes, new VueDuProjet(ouvert), formulaire.Etapes.Count - 1));
        yield return ("projet-recapitulatif", ProjetDeConventionCard.Recapitulatif(textes, new VueDuProjet(ouvert), new string('e', 300), true));
        yield return ("mes-conventions-brouillons", ConventionCard.MesConventions(textes, [.. Enumerable.Range(0, 40).Select(_ => ouvert)], [convention], Membre(301), jour));
    }

    private static string Serialiser(AdaptiveCard carte) => JsonSerializer.Serialize(carte, ProtocolJson.Options);

    private static Dictionary<string, AdaptiveCard> Toutes()
    {
        var rempli = TableauDeBordPersonnel.Composer(Enumerable.Range(1, 40).Select(i => new ElementSuivi(
            $"REF-{i}",
            (NatureElement)(i % 5),
            $"Convention de coopération Forem – CPAS n° {i} : un intitulé long comme ceux des conventions réelles du bassin",
            i % 3 == 0 ? EtatElement.EnCours : EtatElement.ActionAttendue,
            i % 4 == 0 ? null : Maintenant.AddDays(i - 10))));
        var cartes = new Dictionary<string, AdaptiveCard>();
        foreach (var textes in new[] { Textes.Francais, Textes.Anglais })
        {
            var l = textes.Culture.Name;
            cartes[$"accueil-personnel-{l}"] = AccueilCard.Composer(textes, dansUneEquipe: false);
            cartes[$"accueil-equipe-{l}"] = AccueilCard.Composer(textes, dansUneEquipe: true);
            cartes[$"aide-{l}"] = AideCard.Composer(textes);
            cartes[$"aide-canal-{l}"] = AideDuCanalCard.Composer(textes, "TeamsConventions", textes.Format(CleTexte.AideCanalComite, "Comité de suivi — Liège"));
            cartes[$"incompris-{l}"] = IncomprisCard.Composer(textes, "bonjour");
            cartes[$"incompris-vide-{l}"] = IncomprisCard.Composer(textes, string.Empty);
            cartes[$"incompris-long-{l}"] = IncomprisCard.Composer(textes, new string('x', 5000));
            cartes[$"mes-elements-vide-{l}"] = MesElementsCard.Composer(textes, TableauDeBordPersonnel.Composer([]), Maintenant);
            cartes[$"mes-elements-40-{l}"] = MesElementsCard.Composer(textes, rempli, Maintenant);
            cartes[$"mes-elements-sans-identite-{l}"] = MesElementsCard.SansIdentite(textes);
            var roster = Enumerable.Range(1, 30).Select(i => new TeamsMember { Id = $"29:membre-{i}", Name = $"Membre {i} — CPAS de Seraing", AadObjectId = Membre(i).ToString() }).ToList();
            cartes[$"comite-statuts-{l}"] = ComiteCard.Statuts(textes, CatalogueDesConventions.Charger());
            foreach (var statuts in CatalogueDesConventions.Charger().Comites.Values)
            {
                cartes[$"comite-sieges-{statuts.Code}-{l}"] = ComiteCard.Sieges(textes, statuts, roster);
                var choix = roster.ToDictionary(m => "organisation-" + m.AadObjectId, _ => new string('o', ComiteCard.LongueurOrganisation))
                    .Concat(roster.Select(m => KeyValuePair.Create("bce-" + m.AadObjectId, new string('0', ComiteCard.LongueurBce)))).ToDictionary();
                cartes[$"comite-refus-{statuts.Code}-{l}"] = ComiteCard.Sieges(textes, statuts, roster, choix, "Cette composition ne respecte pas les statuts.");
            }
            cartes[$"comite-existant-{l}"] = ComiteCard.Existant(textes, ComiteDeSuivi());
            cartes[$"comite-enregistre-{l}"] = ComiteCard.Enregistre(textes, ComiteDeSuivi());
            cartes[$"comite-presidence-{l}"] = ComiteCard.Presidence(textes, ComiteDeSuivi(), new DateOnly(2026, 6, 1), "Ils sont du même côté.");
            foreach (var (nom, carte) in CartesDuPlan(textes))
            {
                cartes[$"{nom}-{l}"] = carte;
            }

            foreach (var (nom, carte) in CartesDeConvention(textes))
            {
                cartes[$"{nom}-{l}"] = carte;
            }

            foreach (var (nom, carte) in CartesDuComite(textes))
            {
                cartes[$"{nom}-{l}"] = carte;
            }

            foreach (var (nom, carte) in CartesDeDossier(textes))
            {
                cartes[$"{nom}-{l}"] = carte;
            }

            foreach (var (nom, scrutin) in Scrutins())
            {
                cartes[$"vote-{nom}-base-{l}"] = VoteCard.Base(textes, scrutin, [.. Enumerable.Range(1, 80).Select(i => $"29:membre-{i}")]);
                cartes[$"vote-{nom}-votant-{l}"] = VoteCard.Personnelle(textes, scrutin, Membre(1));
                cartes[$"vote-{nom}-invite-{l}"] = VoteCard.Personnelle(textes, scrutin, Membre(70));
            }
        }

        return cartes;
    }

    /// <summary>A dossier filled to the brim: every long text at its maximum, thirty rows in every table.</summary>
    private static IEnumerable<(string Nom, AdaptiveCard Carte)> CartesDeDossier(Textes textes)
    {
        var catalogue = CatalogueDesConventions.Charger();
        var formulaire = catalogue.Formulaires["initiative-locale"];
        var type = catalogue.Type("initiative-locale");
        var appel = new AppelAProjets("ilc-2027", "Initiatives locales de coopération Forem – CPAS 2027", "initiative-locale", Maintenant.AddDays(-10), Maintenant.AddDays(60));
        var plein = DossierDeProposition.Creer(DossierId.Nouveau(), appel, Membre(101), Maintenant);
        var saisies = ValeursDeDossier.Toutes(formulaire, appel, lignes: 30, longueur: 5000).Select(v => new Saisie(v.Key, v.Value, null)).ToList();
        Assert.True(plein.Saisir(saisies, formulaire, appel, Membre(101)).EstSansReserve);
        var vue = new VueDuDossier(plein, formulaire, type, appel);
        var lien = new Uri("https://teamsconventions.example/dossiers/" + plein.Id + "/document?v=" + plein.EmpreinteDuContenu() + "&exp=1900000000&sig=" + new string('s', 43));
        yield return ("appels", AppelsCard.Composer(textes, [appel, appel with { Id = "autre", Titre = "Appel complémentaire" }], null));
        yield return ("appels-aucun", AppelsCard.Composer(textes, [], appel));
        for (var i = 0; i < formulaire.Etapes.Count; i++)
        {
            yield return ($"dossier-etape-{formulaire.Etapes[i].Id}", EtapeDuDossierCard.Etape(textes, vue, i, bandeau: "Enregistré à 10:32."));
            foreach (var tableau in formulaire.Etapes[i].Champs.Where(c => c.Nature == NatureDeChamp.Tableau))
            {
                yield return ($"dossier-ligne-{tableau.Id}", EtapeDuDossierCard.Ligne(textes, vue, formulaire.Etapes[i], tableau, "l001"));
            }
        }

        var brouillon = DossierDeProposition.Creer(DossierId.Nouveau(), appel, Membre(101), Maintenant);
        var refus = brouillon.Saisir([new Saisie("identification.cpas.bce", "0455.266.925", null), new Saisie("identification.cpas.nom", "CPAS de Seraing", null)], formulaire, appel, Membre(101));
        var vueBrouillon = new VueDuDossier(brouillon, formulaire, type, appel);
        yield return ("dossier-etape-erreurs", EtapeDuDossierCard.Etape(textes, vueBrouillon, 0, refus));
        yield return ("dossier-recapitulatif-brouillon", RecapitulatifDuDossierCard.Composer(textes, vueBrouillon, ["vous"], lien, "Le dossier ne peut pas encore être déposé.", messageEstUneErreur: true));
        yield return ("dossier-recapitulatif-complet", RecapitulatifDuDossierCard.Composer(textes, vue, ["vous", "Marc Dubois"], lien));
        plein.Soumettre(appel, type, plein.EmpreinteDuContenu(), Membre(101), Maintenant);
        yield return ("dossier-recapitulatif-depose", RecapitulatifDuDossierCard.Composer(textes, vue, ["vous", "Marc Dubois"], lien, "Dossier déposé."));
        yield return ("dossier-analyse", AnalyseDuDossierCard.Composer(textes, vue, "Sophie Lambert", lien));
        yield return ("dossier-analyse-refus", AnalyseDuDossierCard.Composer(textes, vue, null, lien, "Écrivez d'abord un commentaire."));
        yield return ("dossier-analyse-decide", AnalyseDuDossierCard.Decide(textes, vue, "Transmis au comité."));
        yield return ("dossier-notification", AnalyseDuDossierCard.Notification(textes, vue, "Les analystes renvoient le dossier pour correction."));
    }

    private static Comite ComiteDeSuivi()
    {
        var comite = Jeu.ComiteDeSuivi(CatalogueDesConventions.Charger().Comite("comite-suivi"), Maintenant);
        comite.DesignerPresidence(Membre(1), Membre(101), new DateOnly(2026, 1, 1), LeSecretariat, Maintenant);
        return comite;
    }

    private static IEnumerable<(string Nom, Scrutin Scrutin)> Scrutins()
    {
        var comite = ComiteDeSuivi();
        foreach (var (nom, secret, clore) in new[] { ("ouvert", false, false), ("secret", true, false), ("clos", false, true) })
        {
            var scrutin = Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.Dossier, "D-1", "Initiative locale du CPAS de Seraing — « Tremplin emploi » 2027", "sha256:" + new string('a', 64), Bce(104), "https://teamsconventions.example/dossiers/d1/document?v=a&exp=1&sig=s"), secret, Maintenant.AddDays(7), Membre(900), Maintenant);
            foreach (var i in new[] { 1, 2, 101, 102, 103 })
            {
                scrutin.Voter(Membre(i), i == 2 ? Choix.Contre : Choix.Pour, Maintenant);
            }

            if (clore)
            {
                scrutin.Cloturer(Membre(1), Maintenant.AddHours(1));
            }

            yield return (nom, scrutin);
        }
    }
}
