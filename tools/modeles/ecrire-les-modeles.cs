#:package DocumentFormat.OpenXml
// Writes the project's own convention templates, one per kind, into src/Bot/Documents/Modeles/.
// They are ordinary Word documents: an organisation rewords them in Word and points Dossiers:DossierDesModeles at
// its folder, without touching code. This script only keeps a readable source of the shipped wording; run it with
//   dotnet run tools/modeles/ecrire-les-modeles.cs
// Tagged content controls mark where the bot writes the convention's data (see the README, "Modèles de convention").
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

var sortie = Path.Combine(Path.GetDirectoryName(Chemin())!, "..", "..", "src", "Bot", "Documents", "Modeles");
Directory.CreateDirectory(sortie);
foreach (var (code, contenu) in Modeles.Tous())
{
    var chemin = Path.GetFullPath(Path.Combine(sortie, code + ".docx"));
    File.WriteAllBytes(chemin, Paquet.Ecrire(code, contenu));
    Console.WriteLine(chemin);
}

static string Chemin([System.Runtime.CompilerServices.CallerFilePath] string chemin = "") => chemin;

/// <summary>The wording of each kind: the catalogue's sections as the parts, articles written here, data where tagged.</summary>
static class Modeles
{
    public static IEnumerable<(string Code, List<OpenXmlElement> Contenu)> Tous()
    {
        yield return ("cooperation-forem-cpas", Corps(
        [
            Partie("Volet 1 — Dispositions communes"),
            .. Article(1, "Objet de la convention",
                "La présente convention organise la coopération entre le Forem et le centre public d'action sociale signataire pour l'insertion socioprofessionnelle du public qu'ils accompagnent ensemble.",
                "Elle fixe les principes communs (volet 1), les modalités communes à toutes les coopérations (volet 2, partie 1) et les modalités propres aux parties, avec leurs fiches-actions (volet 2, partie 2a)."),
            .. Article(2, "Principes généraux guidant la collaboration",
                "Les parties agissent dans le respect de leurs missions respectives, de la complémentarité de leurs offres de service et du libre choix de la personne accompagnée.",
                "Chacune désigne une personne de contact chargée de faire vivre la coopération."),
            .. Article(3, "Publics cibles",
                "La coopération vise les personnes accompagnées à la fois par le Forem et par le CPAS : les jeunes de moins de 25 ans en stage d'insertion, les travailleurs sous contrat « article 60 » ou « article 61 » et les autres bénéficiaires d'une aide du CPAS inscrits comme demandeurs d'emploi."),
            .. Article(4, "Axes de collaboration",
                "La coopération se décline en cinq axes : l'accompagnement, la formation, la concertation opérationnelle, l'emploi et les actions à destination des professionnels. Chaque action retenue fait l'objet d'une fiche-action au volet 2, partie 2a."),
            .. Article(5, "Accompagnement et évaluation",
                "La coopération est évaluée au moins une fois par an, à la date anniversaire de la signature, et chaque fois qu'une partie le demande.",
                "L'évaluation porte, de manière quantitative et qualitative, sur la connaissance mutuelle des parties, la visibilité de l'offre de service de chacune, la prise en charge, le suivi et l'insertion du public commun, et les actions conjointes qui fluidifient le parcours du demandeur d'emploi. Son compte rendu est validé par les parties."),
            .. Article(6, "Modalités de capitalisation et de monitoring",
                "Les parties suivent, par convention et par public, le nombre de personnes prises en charge conjointement et leur insertion en formation et en emploi. Les profils des personnes ne sont suivis que de manière agrégée."),
            .. Article(7, "Échange d'informations et protection des données",
                "Les parties n'échangent que les données nécessaires à l'accompagnement de la personne, avec son information préalable, dans le respect du règlement général sur la protection des données."),
            .. Article(8, "Durée, modification, résiliation",
                "La présente convention est conclue pour une durée indéterminée et prend effet à la date de la dernière signature.",
                "Elle ne peut être modifiée que par un avenant signé par les parties. Chaque partie peut y mettre fin par une demande motivée, adressée par lettre recommandée, moyennant un préavis de trois mois."),
            Donnees("duree"),
            Partie("Volet 2, partie 1 — Modalités communes"),
            Texte("Les parties s'approprient ensemble la nature de la coopération, améliorent leur connaissance mutuelle, promeuvent l'offre de service de chacune, prennent en charge, suivent et insèrent le public commun et mènent des actions conjointes pour fluidifier son parcours."),
            Partie("Volet 2, partie 2a — Personnes de contact"),
            Texte("Les personnes de contact des parties sont celles désignées en tête de la présente convention."),
            Partie("Volet 2, partie 2a — Fiches-actions"),
            Donnees("fiches-actions"),
            Donnees("clauses"),
        ]));
        yield return ("partenariat-asbl", Corps(
        [
            Partie("Objet et engagements des parties"),
            .. Article(1, "Objet",
                "Les parties, opérateurs de formation, s'associent pour construire des parcours de formation et d'insertion professionnelle menés de façon concomitante, afin que le public visé acquière plus rapidement les compétences utiles en français et celles qu'exige le métier."),
            .. Article(2, "Public",
                "Le partenariat s'adresse aux personnes qui doivent développer leur apprentissage du français et qui sont inscrites dans un centre de formation, en formation de base ou en formation professionnalisante."),
            .. Article(3, "Engagements des parties",
                "Chaque partie nomme un référent attaché au partenariat, informe l'autre de l'organisation et du contenu de ses formations, de ses dates et de ses critères d'admission, et facilite le passage des stagiaires d'une formation à l'autre."),
            Partie("Référents"),
            Texte("Les référents des parties sont ceux désignés en tête de la présente convention. Ils sont les interlocuteurs de l'autre partie pour tout dysfonctionnement."),
            Partie("Avenants nominatifs"),
            Texte("Chaque bénéficiaire qui suit un parcours concomitant fait l'objet d'un avenant nominatif, signé par les deux référents, avec son consentement. Seules les données strictement nécessaires y figurent ; elles ne sont accessibles qu'aux référents et sont effacées à la demande du bénéficiaire."),
            Partie("Dispositions finales"),
            .. Article(4, "Durée",
                "La présente convention est conclue pour un an à compter de sa signature. Elle est reconduite tacitement d'année en année ; chaque partie peut y mettre fin à tout moment en informant l'autre."),
            Donnees("duree"),
            Donnees("clauses"),
        ]));
        yield return ("cadre-regional", Corps(
        [
            Partie("Objet, axes, comités et évaluation"),
            .. Article(1, "Objectifs de la convention",
                "La présente convention-cadre organise, à l'échelle de la Région, le partenariat entre le Forem et les centres publics d'action sociale pour l'insertion socioprofessionnelle des personnes qu'ils accompagnent."),
            .. Article(2, "Comité d'accompagnement",
                "Un Comité d'accompagnement réunit un représentant du Ministre de l'Emploi, qui le préside, un représentant du Ministre de l'Action sociale, quatre représentants de la fédération des CPAS, quatre représentants du Forem et un représentant de l'administration. Le Forem en assure le secrétariat.",
                "Il valide les plans d'actions et les conventions particulières et agrée les projets sur l'avis de pertinence d'un Comité de suivi."),
            .. Article(3, "Comités de suivi",
                "Un Comité de suivi par sous-région réunit en nombre égal des membres du Forem et des CPAS, au plus huit avec voix délibérative. Il élabore le plan prévisionnel d'actions et les conventions particulières, tient un tableau de bord de ses actions et fait rapport chaque année."),
            .. Article(4, "Évaluation et révision",
                "La convention est évaluée chaque année par le Comité d'accompagnement à l'intention des Ministres. Une demande de révision en expose les motifs et les amendements proposés ; les autres parties l'examinent dans le mois."),
            Partie("Moyens : enveloppe annuelle et subvention des organes de pilotage"),
            Texte("Les actions relevant des missions de base des partenaires sont financées sur leurs budgets propres. Les moyens complémentaires mobilisés pour la présente convention sont ceux des lignes budgétaires ci-dessous."),
            Donnees("clauses"),
            Partie("Dispositions finales"),
            .. Article(5, "Durée",
                "La présente convention prend effet à la date de sa signature et se termine le 31 décembre. Elle est reconduite chaque année sur la base de l'évaluation annuelle, sauf si une partie la dénonce, motifs à l'appui, un mois avant son terme."),
            Donnees("duree"),
        ]));
        yield return ("cooperation-ecole-partenaire", Corps(
        [
            Partie("Objet, publics, engagements, communication"),
            .. Article(1, "Objet de la convention",
                "Par la présente convention, les signataires définissent les conditions de leur participation à l'adaptation de l'offre de formation aux besoins du ou des partenaires professionnels, par la coloration d'un diplôme ou par une formation complémentaire d'initiative locale (FCIL)."),
            .. Article(2, "Publics et durée de la formation",
                "La coloration s'inscrit dans tout ou partie du cycle de formation ; une FCIL dure au moins trois mois et au plus une année scolaire."),
            .. Article(3, "Engagements des parties",
                "Le partenaire professionnel contribue à l'étude des besoins en compétences, accueille des élèves en formation en milieu professionnel et participe à la professionnalisation des équipes pédagogiques. L'établissement adapte sa formation et en assure la mise en œuvre."),
            .. Article(4, "Reconnaissance des compétences",
                "Les compétences acquises font l'objet d'une attestation cosignée par les personnes que désigne la convention, différente pour une coloration et pour une FCIL."),
            .. Article(5, "Communication",
                "Les parties valorisent ensemble l'offre de formation auprès des élèves, des familles et des recruteurs, dans le respect de l'image de chacune."),
            Partie("Comité de suivi"),
            Texte("Un comité de suivi réunit les parties au moins une fois par an pour faire le bilan de la formation. Ses membres sont les personnes de contact désignées en tête de la présente convention."),
            Donnees("clauses"),
            Partie("Dispositions finales"),
            .. Article(6, "Durée, modifications, litiges et résiliation",
                "La présente convention est conclue jusqu'au terme du cycle de formation et reconduite tacitement. Elle ne peut être modifiée que par avenant. Un litige est d'abord porté en conciliation devant un comité de pilotage exceptionnel. Chaque partie peut y mettre fin par lettre recommandée ; les actions de l'année scolaire en cours sont toujours menées à leur terme."),
            Donnees("duree"),
        ]));
        yield return ("generique", Generique());
        yield return ("initiative-locale", Corps(
        [
            Partie("I. Identification"),
            Texte("La présente convention locale de coopération fait suite au dossier de candidature approuvé par le comité. Les parties et leurs personnes responsables sont celles désignées ci-dessus."),
            Partie("Personnes responsables et comité de pilotage local"),
            Texte("Les personnes responsables des parties forment le comité de pilotage local, qui suit la mise en œuvre des actions et prépare leur évaluation annuelle."),
            Partie("II. Coopération proposée"),
            Donnees("fiches-actions"),
            Partie("III. Ressources et IV. Besoins de compensation financière"),
            Texte("Les moyens mis en commun et les besoins de compensation financière sont ceux du dossier approuvé."),
            Donnees("clauses"),
            Partie("Dispositions finales"),
            .. Article(1, "Durée",
                "La présente convention couvre la période proposée dans le dossier. Chaque partie peut y mettre fin par une demande motivée, adressée par lettre recommandée, moyennant un préavis de trois mois."),
            Donnees("duree"),
        ]));
    }

    /// <summary>A kind added to the catalogue without a template of its own: its data under neutral headings.</summary>
    private static List<OpenXmlElement> Generique() => Corps(
    [
        Partie("Objet et modalités"),
        Texte("Les parties conviennent de ce qui suit."),
        Donnees("fiches-actions"),
        Donnees("clauses"),
        Partie("Dispositions finales"),
        Texte("La présente convention ne peut être modifiée que par un avenant signé par les parties."),
        Donnees("duree"),
    ]);

    /// <summary>The title and parties first; the signature page and the hash last, whatever the kind.</summary>
    private static List<OpenXmlElement> Corps(IEnumerable<OpenXmlElement> milieu)
    {
        var corps = new List<OpenXmlElement>
        {
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), Champ("intitule", "Intitulé de la convention")),
            Paragraphe("Entre les parties", "Heading1"),
            Donnees("parties"),
            Apres(Texte("ci-après « les parties », il est convenu ce qui suit.")),
        };
        corps.AddRange(milieu);
        corps.Add(Paragraphe("Signatures", "Heading1"));
        corps.Add(new Paragraph(Run("Fait en "), Champ("exemplaires", "2"), Run(" exemplaires, chaque partie recevant le sien.")));
        corps.Add(Donnees("signatures"));
        corps.Add(Apres(new Paragraph(Run("Empreinte du contenu (SHA-256)\u00a0: "), Champ("empreinte", "empreinte"))));
        return corps;
    }

    /// <summary>A paragraph that follows a table, kept clear of it.</summary>
    private static Paragraph Apres(Paragraph paragraphe)
    {
        paragraphe.PrependChild(new ParagraphProperties(new SpacingBetweenLines { Before = "160" }));
        return paragraphe;
    }

    private static Paragraph Partie(string titre) => Paragraphe(titre, "Heading1");

    private static IEnumerable<OpenXmlElement> Article(int numero, string titre, params string[] alineas) =>
        alineas.Select(a => (OpenXmlElement)Texte(a)).Prepend(Paragraphe($"Article {numero} — {titre}", "Heading2"));

    private static Paragraph Texte(string texte) => Paragraphe(texte, null);

    private static Paragraph Paragraphe(string texte, string? style)
    {
        var paragraphe = new Paragraph();
        if (style is not null)
        {
            paragraphe.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraphe.Append(Run(texte));
        return paragraphe;
    }

    public static Run Run(string texte) => new(new Text(Francais(texte)) { Space = SpaceProcessingModeValues.Preserve });

    private static string Francais(string texte) => texte.Replace(" :", "\u00a0:", StringComparison.Ordinal).Replace(" ;", "\u00a0;", StringComparison.Ordinal)
        .Replace("« ", "«\u00a0", StringComparison.Ordinal).Replace(" »", "\u00a0»", StringComparison.Ordinal);

    /// <summary>Where a block of the convention's data goes: the bot replaces the whole control.</summary>
    public static SdtBlock Donnees(string tag) => new(
        new SdtProperties(new SdtAlias { Val = tag }, new Tag { Val = tag }),
        new SdtContentBlock(new Paragraph(Run($"[{tag} — rempli par TeamsConventions]"))));

    /// <summary>Where a value goes inside a sentence.</summary>
    public static SdtRun Champ(string tag, string exemple) => new(
        new SdtProperties(new SdtAlias { Val = tag }, new Tag { Val = tag }),
        new SdtContentRun(Run(exemple)));
}

/// <summary>The package: A4 with 2 cm margins, the styles the bot's content uses, « page n sur N » in the footer.</summary>
static class Paquet
{
    public static byte[] Ecrire(string code, List<OpenXmlElement> contenu)
    {
        using var flux = new MemoryStream();
        using (var document = WordprocessingDocument.Create(flux, WordprocessingDocumentType.Document))
        {
            var principal = document.AddMainDocumentPart();
            principal.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var entete = principal.AddNewPart<HeaderPart>();
            entete.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Entete" }), Modeles.Champ("en-tete", "Organisation — intitulé")));
            var pied = principal.AddNewPart<FooterPart>();
            pied.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Entete" }, new Justification { Val = JustificationValues.Center }),
                Modeles.Run("page "), Numero("PAGE"), Modeles.Run(" sur "), Numero("NUMPAGES")));
            var section = new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = principal.GetIdOfPart(entete) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = principal.GetIdOfPart(pied) },
                new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U });
            principal.Document = new Document(new Body(contenu.Append(section)));
            document.PackageProperties.Title = code;
            document.PackageProperties.Language = "fr-BE";
        }

        return flux.ToArray();
    }

    private static Run Numero(string code) => new(new FieldChar { FieldCharType = FieldCharValues.Begin }, new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve },
        new FieldChar { FieldCharType = FieldCharValues.Separate }, new Text("1"), new FieldChar { FieldCharType = FieldCharValues.End });

    private static Styles Styles()
    {
        static Style Titre(string id, string nom, int demiPoints) => new(
            new StyleName { Val = nom }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = demiPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };

        return new Styles(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
                new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "21" }, new Languages { Val = "fr-BE" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Titre("Title", "Title", 32),
            Titre("Heading1", "heading 1", 26),
            Titre("Heading2", "heading 2", 22),
            new Style(new StyleName { Val = "Entete" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "16" }))
            { Type = StyleValues.Paragraph, StyleId = "Entete" });
    }
}
