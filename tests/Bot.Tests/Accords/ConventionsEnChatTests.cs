using System.Text.Json;
using Conventions.Accords;
using Conventions.Catalogue;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using TeamsConventions.Tests.Partage;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Accords;

/// <summary>
/// Issue 14, the kinds without a call, over HTTP with the fake channel and Azurite: « nouvelle convention », its
/// kind chosen, the draft filled step by step on its kind's cards (a table's rows one by one), drawn up, its
/// signatories designated by its drafter, each signing 1:1 — one after the other where the kind says so — until
/// it is in force; the stored convention and both audit trails checked.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class ConventionsEnChatTests(AzuriteFixture azurite) : ComitesEnCanalTestBase(azurite)
{
    private const int Redactrice = 40;
    private const int PremierSignataire = 50;

    public static TheoryData<string> Types()
    {
        var types = new TheoryData<string>();
        foreach (var (type, _) in ProjetsComplets.Types)
        {
            types.Add(type);
        }

        return types;
    }

    private static Func<System.Text.Json.Nodes.JsonObject, System.Text.Json.Nodes.JsonObject> DuType(string type) => d =>
    {
        d["_type"] = type;
        return d;
    };

    /// <summary>Fills every step of the draft from <paramref name="champs"/>: its fields, then each row of its tables; ends on the summary card.</summary>
    private async Task<JsonElement> RemplirAsync(JsonElement carte, FormulaireDeDossier formulaire, Dictionary<string, string> champs)
    {
        foreach (var (etape, index) in formulaire.Etapes.Select((e, i) => (e, i)))
        {
            var simples = etape.Champs.Where(c => c.Nature != NatureDeChamp.Tableau && champs.ContainsKey(c.Id)).ToDictionary(c => c.Id, c => champs[c.Id]);
            foreach (var tableau in etape.Champs.Where(c => c.Nature == NatureDeChamp.Tableau))
            {
                foreach (var ligne in ContenuDuFormulaire.Lignes(champs, tableau.Id))
                {
                    var editeur = await AppuyerEnPriveAsync(carte, Redactrice, "ajouterLigne", simples);
                    var (_, donnees) = Action(editeur, d => d["_aller"]?.GetValue<string>() == "enregistrerLigne");
                    var nouvelle = donnees["_ligne"]?.GetValue<string>() ?? throw new InvalidOperationException("No row id.");
                    var cellules = (tableau.Colonnes ?? []).Where(c => champs.ContainsKey(new CelluleDeTableau(tableau.Id, ligne, c.Id).Cle))
                        .ToDictionary(c => new CelluleDeTableau(tableau.Id, nouvelle, c.Id).Cle, c => champs[new CelluleDeTableau(tableau.Id, ligne, c.Id).Cle]);
                    carte = await AppuyerEnPriveAsync(editeur, Redactrice, "enregistrerLigne", cellules);
                    Assert.Contains("Enregistré à", CarteJson.Texte(carte), StringComparison.Ordinal);
                }
            }

            carte = await AppuyerEnPriveAsync(carte, Redactrice, index < formulaire.Etapes.Count - 1 ? "suivante" : "recapitulatif", simples);
            Assert.DoesNotContain("à revoir", CarteJson.Texte(carte), StringComparison.Ordinal);
        }

        return carte;
    }

    /// <summary>Each designated signatory (member 50, 51…) signs the card they were sent 1:1 that says <paramref name="annonce"/> with their party, in the kind's order.</summary>
    private async Task SignerAsync(IReadOnlyList<(string Partie, string Fonction)> requises, string annonce, string aller)
    {
        foreach (var ((partie, _), rang) in requises.Select((r, i) => (r, i)))
        {
            var carte = (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{PremierSignataire + rang}", StringComparison.Ordinal)
                && r.Body.Contains($"{annonce} {partie}", StringComparison.Ordinal))).Carte;
            Assert.Contains("Votre signature est enregistrée", CarteJson.Texte(await AppuyerEnPriveAsync(carte, PremierSignataire + rang, aller, new Dictionary<string, string> { ["lieu"] = "Namur" })), StringComparison.Ordinal);
        }
    }

    /// <summary>A convention of <paramref name="type"/> drafted, designated and signed in Teams; its id.</summary>
    private async Task<ConventionId> EnVigueurAsync(string type)
    {
        await EcrireEnPriveAsync(Redactrice, "aide");
        var premiere = await AppuyerEnPriveAsync(await EcrireEnPriveAsync(Redactrice, "nouvelle convention"), Redactrice, "commencer", falsifier: DuType(type));
        var designation = await AppuyerEnPriveAsync(await RemplirAsync(premiere, Service<CatalogueDesConventions>().FormulairesDeConvention[type], ProjetsComplets.Champs(type)), Redactrice, "rediger");
        var (_, donnees) = Action(designation, d => d["_aller"]?.GetValue<string>() == "designer");
        var id = new ConventionId(Guid.ParseExact(donnees["_convention"]?.GetValue<string>() ?? string.Empty, "N"));
        var requises = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention.SignaturesRequises() ?? [];
        foreach (var rang in Enumerable.Range(0, requises.Count))
        {
            await EcrireEnPriveAsync(PremierSignataire + rang, "aide");
        }

        await AppuyerEnPriveAsync(designation, Redactrice, "designer", requises.Select((_, rang) => rang).ToDictionary(rang => $"signataire-{rang}", rang => Membre(PremierSignataire + rang).ToString()));
        await SignerAsync(requises, "Vous signez pour", "signer");
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{Redactrice}", StringComparison.Ordinal) && r.Body.Contains("elle est en vigueur depuis le", StringComparison.Ordinal));
        return id;
    }

    [Fact]
    public async Task Classer_ASignedConvention_ItsDocumentAndSignatureCertificateWithTheirColumnsInTheLibraryOnce()
    {
        var id = await EnVigueurAsync("cooperation-forem-cpas");
        var classement = Service<TeamsConventions.Application.Classement.ClasserLesConventionsSignees>();
        var bibliotheque = Assert.IsType<TeamsConventions.Graph.Classement.BibliothequeLocale>(Service<TeamsConventions.Application.Classement.IBibliothequeDeClassement>());

        // Whichever files it, this test or the background job, it is filed once.
        await classement.ExecuterAsync(id, CancellationToken.None);
        Assert.Empty(await classement.ExecuterAsync(id, CancellationToken.None));

        Assert.DoesNotContain(id, await classement.DuesAsync(CancellationToken.None));
        var fichiers = Directory.GetFiles(bibliotheque.Racine, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["certificat-cooperation-forem-cpas-v", "convention-cooperation-forem-cpas-v"], fichiers.Select(f => Path.GetFileName(f)[..^"N.docx".Length]));
        var fichier = fichiers[1];
        var signee = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");
        Assert.Equal(Path.Combine(bibliotheque.Racine, "cooperation-forem-cpas", signee.Signatures.Max(s => s.Le).Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), Path.GetDirectoryName(Path.GetDirectoryName(fichier)));
        Assert.StartsWith($"{id} — CPAS de Herstal — ", Path.GetFileName(Path.GetDirectoryName(fichier)), StringComparison.Ordinal);
        using var sidecar = JsonDocument.Parse(await File.ReadAllTextAsync(fichier + ".json"));
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(fichier))), sidecar.RootElement.GetProperty("sha256").GetString());
        Assert.Equal("En vigueur", sidecar.RootElement.GetProperty("statut").GetString());
        using (var certificat = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(fichiers[0], false))
        {
            var texte = certificat.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
            Assert.All(signee.Designations, d => Assert.Contains(d.Nom, texte, StringComparison.Ordinal));
            Assert.Contains("Namur", texte, StringComparison.Ordinal);
            Assert.Contains(signee.EmpreinteEnVigueur, texte, StringComparison.Ordinal);
        }

        var classe = (await Service<TeamsConventions.Application.Classement.IClassements>().DeLaConventionAsync(id, CancellationToken.None)).Values.Single(c => c.Nom.StartsWith("convention-", StringComparison.Ordinal));
        Assert.Equal(new Uri(fichier), classe.Lien);

        // The drafters' card names the filed copy (a folder library is not on the web: no button to open it).
        var carte = await AppuyerEnPriveAsync(await EcrireEnPriveAsync(Redactrice, "mes conventions"), Redactrice, "voir");
        Assert.Contains($"Classée dans la bibliothèque\u00a0: ", CarteJson.Texte(carte), StringComparison.Ordinal);
        Assert.Contains(classe.Nom, CarteJson.Texte(carte), StringComparison.Ordinal);
        Assert.DoesNotContain("Ouvrir la copie classée", carte.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Avenant_DrawnUpOnTheConventionInForce_SignedByTheSameSignatories_ThenInForce()
    {
        var id = await EnVigueurAsync("partenariat-asbl");
        var avant = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");
        var carte = await AppuyerEnPriveAsync(await EcrireEnPriveAsync(Redactrice, "mes conventions"), Redactrice, "voir");
        Assert.Contains("Toute modification de la convention en vigueur passe par un avenant", CarteJson.Texte(carte), StringComparison.Ordinal);

        // A text missing comes back with its reason, the subject typed kept; nothing is recorded.
        var refus = await AppuyerEnPriveAsync(carte, Redactrice, "avenant", new Dictionary<string, string> { ["avenant-objet"] = "Ajout de la filière horeca" });
        Assert.Contains("«\u00a0texte\u00a0»", CarteJson.Texte(refus), StringComparison.Ordinal);
        Assert.Equal("Ajout de la filière horeca", Saisie(refus, "avenant-objet"));
        Assert.Empty((await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention.Avenants ?? []);
        Assert.Contains("Seuls les rédacteurs", CarteJson.Texte(await AppuyerEnPriveAsync(refus, PremierSignataire, "avenant", new Dictionary<string, string> { ["avenant-texte"] = "L'article 2 est complété." })), StringComparison.Ordinal);

        var envoye = await AppuyerEnPriveAsync(refus, Redactrice, "avenant", new Dictionary<string, string> { ["avenant-texte"] = "L'article 2 est complété par la filière horeca." });
        Assert.Contains("L'avenant n° 1 est envoyé aux signataires", CarteJson.Texte(envoye), StringComparison.Ordinal);
        var enCours = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");
        Assert.Equal(avant.EmpreinteEnVigueur, enCours.EmpreinteEnVigueur);
        Assert.Equal(1, enCours.Version);
        var avenant = enCours.AvenantEnCours ?? throw new InvalidOperationException("No amendment under signature.");
        Assert.Equal(Avenant.EmpreinteDuContenu(id, avant.EmpreinteEnVigueur, 2, "Ajout de la filière horeca", "L'article 2 est complété par la filière horeca."), avenant.Empreinte);

        // Someone else pressing a signatory's card, or an old hash, signs nothing.
        var pourLePremier = (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{PremierSignataire}", StringComparison.Ordinal) && r.Body.Contains("Vous signez cet avenant pour", StringComparison.Ordinal))).Carte;
        Assert.Contains(avenant.Empreinte, CarteJson.Texte(pourLePremier), StringComparison.Ordinal);
        Assert.Contains("Seule la personne désignée", CarteJson.Texte(await AppuyerEnPriveAsync(pourLePremier, PremierSignataire + 1, "signerAvenant")), StringComparison.Ordinal);
        Assert.DoesNotContain("Votre signature est enregistrée", CarteJson.Texte(await AppuyerEnPriveAsync(pourLePremier, PremierSignataire, "signerAvenant", falsifier: d => { d["_empreinte"] = avant.EmpreinteEnVigueur; return d; })), StringComparison.Ordinal);
        using (var document = await Bot.Http.GetAsync(new Uri(Lien(pourLePremier) ?? throw new InvalidOperationException("No document link.")).PathAndQuery.TrimStart('/')))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, document.StatusCode);
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await document.Content.ReadAsByteArrayAsync()), false);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word));
            var contenu = word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
            Assert.Contains("Avenant n° 1 à la Convention cadre de partenariat", contenu, StringComparison.Ordinal);
            Assert.Contains("filière horeca", contenu, StringComparison.Ordinal);
            Assert.Contains(avenant.Empreinte, contenu, StringComparison.Ordinal);
        }

        await SignerAsync(enCours.SignaturesRequises(), "Vous signez cet avenant pour", "signerAvenant");

        var amendee = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");
        Assert.Equal(2, amendee.Version);
        Assert.Equal(avenant.Empreinte, amendee.EmpreinteEnVigueur);
        Assert.Null(amendee.AvenantEnCours);
        Assert.Contains((id, 2), await Service<EvenementsDesConventions>().AvenantsSignesAsync(CancellationToken.None));
        var journal = (await Service<ConventionsStockees>().JournalAsync(id.ToString(), CancellationToken.None)).OrderBy(e => e.RowKey, StringComparer.Ordinal).Select(e => e.Action).ToList();
        Assert.Equal(["avenant.propose", "avenant.signe", "avenant.signe", "avenant.en-vigueur"], journal[^4..]);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{Redactrice}", StringComparison.Ordinal) && r.Body.Contains("est signé par toutes les parties", StringComparison.Ordinal));

        // Filed beside the convention, with its own signatures, once (whichever files it, this test or the background job).
        var classement = Service<TeamsConventions.Application.Classement.ClasserLesConventionsSignees>();
        await classement.ExecuterAsync(id, CancellationToken.None);
        Assert.Empty(await classement.ExecuterAsync(id, CancellationToken.None));
        Assert.DoesNotContain(id, await classement.DuesAsync(CancellationToken.None));
        var racine = Assert.IsType<TeamsConventions.Graph.Classement.BibliothequeLocale>(Service<TeamsConventions.Application.Classement.IBibliothequeDeClassement>()).Racine;
        var fichier = Assert.Single(Directory.GetFiles(racine, "avenant-*.docx", SearchOption.AllDirectories));
        Assert.Equal("avenant-1-partenariat-asbl-v2.docx", Path.GetFileName(fichier));
        using (var sidecar = JsonDocument.Parse(await File.ReadAllTextAsync(fichier + ".json")))
        {
            Assert.Equal("Avenant en vigueur", sidecar.RootElement.GetProperty("statut").GetString());
        }

        using var classe = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(fichier, false);
        Assert.Contains("filière horeca", classe.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R26_NominativeAvenant_AddedWithConsentByAReferent_ConfirmedByTheOther_SeenByThemOnly_ErasedOnRequest()
    {
        const int JulieReferente = 60;
        const int HugoReferent = 61;
        var id = await EnVigueurAsync("partenariat-asbl");
        await EcrireEnPriveAsync(JulieReferente, "aide");
        await EcrireEnPriveAsync(HugoReferent, "aide");
        var secretariat = await AppuyerEnPriveAsync(await EcrireEnPriveAsync(Redactrice, "mes conventions"), Redactrice, "voir");
        Assert.Contains("Choisissez la personne", CarteJson.Texte(await AppuyerEnPriveAsync(secretariat, Redactrice, "referents", new Dictionary<string, string> { ["referent-0"] = Membre(JulieReferente).ToString() })), StringComparison.Ordinal);
        var referents = new Dictionary<string, string>
        {
            ["referent-0"] = Membre(JulieReferente).ToString(), ["referent-nom-0"] = "Julie Leroy", ["referent-1"] = Membre(HugoReferent).ToString(), ["referent-nom-1"] = "Hugo Lenoir",
        };
        Assert.Contains("Référents enregistrés", CarteJson.Texte(await AppuyerEnPriveAsync(secretariat, Redactrice, "referents", referents)), StringComparison.Ordinal);

        var pourJulie = await AppuyerEnPriveAsync(await EcrireEnPriveAsync(JulieReferente, "mes conventions"), JulieReferente, "voir");
        Assert.Contains("Vous êtes référent·e de ASBL Lire et Écrire Liège", CarteJson.Texte(pourJulie), StringComparison.Ordinal);
        var beneficiaire = new Dictionary<string, string> { ["beneficiaire-nom"] = "Amina Benali", ["beneficiaire-parcours"] = "FLE et filière logistique", ["beneficiaire-entree"] = "2027-03-01" };
        var sansConsentement = await AppuyerEnPriveAsync(pourJulie, JulieReferente, "beneficiaire", beneficiaire);
        Assert.Contains("consentement", CarteJson.Texte(sansConsentement), StringComparison.Ordinal);
        Assert.Equal("Amina Benali", Saisie(sansConsentement, "beneficiaire-nom"));
        Assert.Contains("Seuls les référents", CarteJson.Texte(await AppuyerEnPriveAsync(pourJulie, PremierSignataire, "beneficiaire", new Dictionary<string, string>(beneficiaire) { ["beneficiaire-consenti"] = "true" })), StringComparison.Ordinal);
        Canal.Oublier();
        var ajoute = await AppuyerEnPriveAsync(sansConsentement, JulieReferente, "beneficiaire", new Dictionary<string, string>(beneficiaire) { ["beneficiaire-consenti"] = "true", ["beneficiaire-forme"] = "oral" });
        Assert.Contains("Bénéficiaire ajouté", CarteJson.Texte(ajoute), StringComparison.Ordinal);

        var pourHugo = (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{HugoReferent}", StringComparison.Ordinal) && r.Body.Contains("Amina Benali", StringComparison.Ordinal))).Carte;
        Assert.Contains("Oralement, devant le ou la référent·e", CarteJson.Texte(pourHugo), StringComparison.Ordinal);
        Assert.Contains("Seuls les référents", CarteJson.Texte(await AppuyerEnPriveAsync(pourHugo, PremierSignataire, "signerAvenant")), StringComparison.Ordinal);
        Assert.Contains("Confirmé par chaque référent", CarteJson.Texte(await AppuyerEnPriveAsync(pourHugo, HugoReferent, "signerAvenant")), StringComparison.Ordinal);
        var avis = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{JulieReferente}", StringComparison.Ordinal) && r.Body.Contains("est confirmé par chaque référent", StringComparison.Ordinal));
        Assert.DoesNotContain("Amina", avis.Body, StringComparison.Ordinal);
        var julieApres = CarteJson.Texte(await AppuyerEnPriveAsync(await EcrireEnPriveAsync(JulieReferente, "mes conventions"), JulieReferente, "voir"));
        Assert.Contains("Amina Benali", julieApres, StringComparison.Ordinal);
        Assert.Contains("Confirmé par chaque référent", julieApres, StringComparison.Ordinal);

        // Nobody else reads the beneficiary: not the secretariat's card, not the signatories', not the audit trail.
        var stockee = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");
        var nominatif = Assert.Single(stockee.Avenants);
        Assert.True(nominatif.EnVigueur);
        Assert.Equal(new Conventions.Accords.Consentement(nominatif.Beneficiaire?.Consentement.Le ?? default, Membre(JulieReferente), "oral"), nominatif.Beneficiaire?.Consentement);
        Assert.DoesNotContain("Amina", CarteJson.Texte(await AppuyerEnPriveAsync(await EcrireEnPriveAsync(Redactrice, "mes conventions"), Redactrice, "voir")), StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", CarteJson.Texte(await AppuyerEnPriveAsync(await EcrireEnPriveAsync(PremierSignataire, "mes conventions"), PremierSignataire, "voir")), StringComparison.Ordinal);
        var journal = await Service<ConventionsStockees>().JournalAsync(id.ToString(), CancellationToken.None);
        Assert.DoesNotContain(journal, e => (e.Details ?? string.Empty).Contains("Amina", StringComparison.Ordinal) || (e.Objet ?? string.Empty).Contains("Amina", StringComparison.Ordinal));

        var effacee = await AppuyerEnPriveAsync(pourHugo, HugoReferent, "effacerBeneficiaire");
        Assert.Contains("Les données du bénéficiaire sont effacées", CarteJson.Texte(effacee), StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", CarteJson.Texte(effacee), StringComparison.Ordinal);
        var apres = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention.Avenants.Single();
        Assert.Null(apres?.Beneficiaire);
        Assert.NotNull(apres?.EffaceLe);
    }

    [Fact]
    public async Task R31_FcilCertificate_CoSignedByARectorAndThePartner_Delivered()
    {
        const int Recteur = 70;
        var id = await EnVigueurAsync("cooperation-ecole-partenaire");
        await EcrireEnPriveAsync(Recteur, "aide");
        var carte = await AppuyerEnPriveAsync(await EcrireEnPriveAsync(Redactrice, "mes conventions"), Redactrice, "voir");
        Assert.Contains("Attestations de compétences (FCIL)", CarteJson.Texte(carte), StringComparison.Ordinal);
        var attestation = new Dictionary<string, string>
        {
            ["attestation-apprenant"] = "Lucas Martin", ["attestation-competences"] = "Diagnostic des batteries haute tension.",
            ["attestation-role"] = "ChefDEtablissement", ["attestation-autorite"] = Membre(Recteur).ToString(), ["attestation-autorite-nom"] = "Claire Dumont",
        };

        // Under an FCIL the head of school only proposes: a rector co-signs.
        var refus = await AppuyerEnPriveAsync(carte, Redactrice, "attestation", attestation);
        Assert.Contains("co-signée par une et une seule de ces autorités", CarteJson.Texte(refus), StringComparison.Ordinal);
        Assert.Equal("Lucas Martin", Saisie(refus, "attestation-apprenant"));
        Assert.Empty((await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention.Attestations ?? []);
        Canal.Oublier();
        Assert.Contains("L'attestation n° 1 est envoyée à ses co-signataires", CarteJson.Texte(await AppuyerEnPriveAsync(refus, Redactrice, "attestation", new Dictionary<string, string>(attestation) { ["attestation-role"] = "RecteurDAcademie" })), StringComparison.Ordinal);

        var pourLeRecteur = (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{Recteur}", StringComparison.Ordinal) && r.Body.Contains("Lucas Martin", StringComparison.Ordinal))).Carte;
        Assert.Contains("Sur proposition de", CarteJson.Texte(pourLeRecteur), StringComparison.Ordinal);
        var pourLePartenaire = (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{PremierSignataire + 1}", StringComparison.Ordinal) && r.Body.Contains("Lucas Martin", StringComparison.Ordinal))).Carte;
        Assert.Contains("Seuls ses co-signataires désignés", CarteJson.Texte(await AppuyerEnPriveAsync(pourLeRecteur, PremierSignataire, "cosigner")), StringComparison.Ordinal);
        await AppuyerEnPriveAsync(pourLePartenaire, PremierSignataire + 1, "cosigner");
        Assert.Contains("Co-signée par tous", CarteJson.Texte(await AppuyerEnPriveAsync(pourLeRecteur, Recteur, "cosigner")), StringComparison.Ordinal);
        using (var document = await Bot.Http.GetAsync(new Uri(Lien(pourLeRecteur) ?? throw new InvalidOperationException("No document link.")).PathAndQuery.TrimStart('/')))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, document.StatusCode);
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await document.Content.ReadAsByteArrayAsync()), false);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word));
            var contenu = word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
            Assert.Contains("Délivrée à Lucas Martin", contenu, StringComparison.Ordinal);
            Assert.Contains("Recteur·rice d'académie", contenu, StringComparison.Ordinal);
            Assert.DoesNotContain("à co-signer", contenu, StringComparison.Ordinal);
        }

        var delivree = Assert.Single((await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention.Attestations ?? []);
        Assert.True(delivree.Delivree);
        Assert.Equal("fcil", delivree.Variante);
        Assert.Equal(["RecteurDAcademie", "PartenaireProfessionnel"], delivree.Cosignataires.Select(c => c.Role));
        var journal = await Service<ConventionsStockees>().JournalAsync(id.ToString(), CancellationToken.None);
        Assert.DoesNotContain(journal, e => (e.Details ?? string.Empty).Contains("Lucas", StringComparison.Ordinal));
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{Redactrice}", StringComparison.Ordinal) && r.Body.Contains("elle est délivrée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dysfonctionnement_AndLitige_UnderTheSchoolKind_ToldAtOnce_DisputeRoutedToConciliation()
    {
        var id = await EnVigueurAsync("cooperation-ecole-partenaire");
        var carte = await AppuyerEnPriveAsync(await EcrireEnPriveAsync(PremierSignataire, "mes conventions"), PremierSignataire, "voir");
        Assert.Contains("Un problème dans l'exécution", CarteJson.Texte(carte), StringComparison.Ordinal);

        Assert.Contains("«\u00a0description\u00a0»", CarteJson.Texte(await AppuyerEnPriveAsync(carte, PremierSignataire, "dysfonctionnement")), StringComparison.Ordinal);
        Assert.Contains("Seuls les rédacteurs", CarteJson.Texte(await AppuyerEnPriveAsync(carte, PremierSignataire + 1, "dysfonctionnement",
            new Dictionary<string, string> { ["signalement-texte"] = "Atelier fermé." })), StringComparison.Ordinal);
        Canal.Oublier();
        var signale = await AppuyerEnPriveAsync(carte, PremierSignataire, "dysfonctionnement", new Dictionary<string, string> { ["signalement-texte"] = "Les élèves n'ont pas été accueillis à l'atelier le 12 octobre." });
        Assert.Contains("les autres parties sont prévenues", CarteJson.Texte(signale), StringComparison.Ordinal);
        var avis = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{PremierSignataire + 1}", StringComparison.Ordinal) && r.Body.Contains("signale un dysfonctionnement", StringComparison.Ordinal));
        Assert.Contains("Garage Hesbaye Auto : Laura Pirotte, laura@hesbaye-auto.be", avis.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{Redactrice}", StringComparison.Ordinal) && r.Body.Contains("signale un dysfonctionnement", StringComparison.Ordinal));

        var litige = await AppuyerEnPriveAsync(carte, PremierSignataire, "litige", new Dictionary<string, string> { ["signalement-texte"] = "Périodes en entreprise non organisées." });
        Assert.Contains("conciliation en comité de pilotage exceptionnel", CarteJson.Texte(litige), StringComparison.Ordinal);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{PremierSignataire}", StringComparison.Ordinal) && r.Body.Contains("une conciliation est à organiser", StringComparison.Ordinal));
        var journal = (await Service<ConventionsStockees>().JournalAsync(id.ToString(), CancellationToken.None)).OrderBy(e => e.RowKey, StringComparer.Ordinal).ToList();
        Assert.Equal(["convention.dysfonctionnement", "convention.litige"], journal[^2..].Select(e => e.Action));
        Assert.Contains("Athénée royal de Waremme", journal[^2].Details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task NouvelleConvention_DraftedSignedInTeams_ComesIntoForce(string type)
    {
        var formulaire = Service<CatalogueDesConventions>().FormulairesDeConvention[type];
        var kind = Service<CatalogueDesConventions>().Type(type);
        await EcrireEnPriveAsync(Redactrice, "aide");
        var types = await EcrireEnPriveAsync(Redactrice, "nouvelle convention");
        Assert.Contains(kind.Intitule, CarteJson.Texte(types), StringComparison.Ordinal);
        Assert.DoesNotContain("Initiative locale", CarteJson.Texte(types), StringComparison.Ordinal);

        var premiere = await AppuyerEnPriveAsync(types, Redactrice, "commencer", falsifier: DuType(type));
        Assert.Contains($"Étape 1 sur {formulaire.Etapes.Count}", CarteJson.Texte(premiere), StringComparison.Ordinal);
        var recapitulatif = await RemplirAsync(premiere, formulaire, ProjetsComplets.Champs(type));
        Assert.Contains("Tout ce qui est obligatoire est rempli", CarteJson.Texte(recapitulatif), StringComparison.Ordinal);
        Assert.Contains("Brouillon — 100", CarteJson.Texte(await EcrireEnPriveAsync(Redactrice, "mes conventions")), StringComparison.Ordinal);

        var designation = await AppuyerEnPriveAsync(recapitulatif, Redactrice, "rediger");
        Assert.Contains("La convention est rédigée", CarteJson.Texte(designation), StringComparison.Ordinal);
        var (_, donnees) = Action(designation, d => d["_aller"]?.GetValue<string>() == "designer");
        var id = new ConventionId(Guid.ParseExact(donnees["_convention"]?.GetValue<string>() ?? string.Empty, "N"));
        var convention = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Not drawn up.");
        Assert.Equal([new Redacteur(Membre(Redactrice), $"Membre {Redactrice}")], convention.Redacteurs);

        // The names the draft gives are suggested; the drafter designates one person per required signature.
        var requises = convention.SignaturesRequises();
        Assert.All(requises.Select((_, rang) => rang), rang => Assert.False(string.IsNullOrEmpty(Saisie(designation, $"nom-{rang}"))));
        var choix = requises.Select((_, rang) => rang).ToDictionary(rang => $"signataire-{rang}", rang => Membre(PremierSignataire + rang).ToString());
        foreach (var rang in Enumerable.Range(0, requises.Count))
        {
            await EcrireEnPriveAsync(PremierSignataire + rang, "aide");
        }

        Assert.Contains("Seuls les rédacteurs de cette convention", CarteJson.Texte(await AppuyerEnPriveAsync(designation, PremierSignataire, "designer", choix)), StringComparison.Ordinal);
        Assert.Contains("Les signataires ont reçu la convention à signer.", CarteJson.Texte(await AppuyerEnPriveAsync(designation, Redactrice, "designer", choix)), StringComparison.Ordinal);

        await SignerAsync(requises, "Vous signez pour", "signer");

        var signee = (await Service<ConventionsStockees>().ChargerAsync(id, CancellationToken.None))?.Convention ?? throw new InvalidOperationException("Gone.");
        Assert.NotNull(signee.DateDeSignature);
        Assert.Equal(requises.Count, signee.Signatures.Count);
        Assert.Equal(ProjetsComplets.Types.Single(t => t.Type == type).PremierePartie, signee.Parties[0].Nom);
        Assert.Contains(id, await Service<EvenementsDesConventions>().SigneesAsync(CancellationToken.None));
        var journal = (await Service<ConventionsStockees>().JournalAsync(id.ToString(), CancellationToken.None)).OrderBy(e => e.RowKey, StringComparer.Ordinal).Select(e => e.Action).ToList();
        Assert.Equal(["convention.redigee", "convention.signataires-designes", .. requises.Select(_ => "convention.signee"), "convention.en-vigueur"], journal);
        var projet = (await Service<ProjetsDeConventionStockes>().JournalAsync(id.ToString(), CancellationToken.None)).OrderBy(e => e.RowKey, StringComparer.Ordinal).Select(e => e.Action).ToList();
        Assert.Equal("projet-de-convention.commence", projet[0]);
        Assert.Equal("projet-de-convention.redige", projet[^1]);
        await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{Redactrice}", StringComparison.Ordinal) && r.Body.Contains("elle est en vigueur depuis le", StringComparison.Ordinal));
        var mes = CarteJson.Texte(await EcrireEnPriveAsync(Redactrice, "mes conventions"));
        Assert.Contains("En vigueur depuis le", mes, StringComparison.Ordinal);
        Assert.DoesNotContain("Brouillon", mes, StringComparison.Ordinal);
    }
}
