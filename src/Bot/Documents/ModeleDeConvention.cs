using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// A kind's Word template: the organisation's wording, and content controls tagged where the convention's data
/// goes — a block (a table, paragraphs) in place of its own paragraph, or a value inside a sentence. Checked when
/// read, so that a reworded template that lost a control is refused at start-up rather than at signing time.
/// </summary>
public sealed class ModeleDeConvention
{
    /// <summary>Controls the bot replaces with blocks of the convention's data; each in its own paragraph of the body.</summary>
    public static readonly IReadOnlyList<string> Blocs = ["parties", "duree", "clauses", "fiches-actions", "signatures"];

    /// <summary>Controls the bot replaces with a value, inside a sentence (the header's too).</summary>
    public static readonly IReadOnlyList<string> Valeurs = ["intitule", "en-tete", "exemplaires", "empreinte"];

    /// <summary>What every convention must show (R23, R34, the hash the parties sign): a template without them is refused.</summary>
    private static readonly string[] Requis = ["parties", "signatures", "exemplaires", "empreinte"];

    private readonly byte[] _octets;

    private ModeleDeConvention(byte[] octets, string source)
    {
        _octets = octets;
        Source = source;
    }

    /// <summary>Where the template was read from: the organisation's file, or the project's own.</summary>
    public string Source { get; }

    /// <summary>The template read from <paramref name="octets"/>, or null with what keeps it from being one in <paramref name="problemes"/>, each naming <paramref name="source"/>.</summary>
    public static ModeleDeConvention? Lire(byte[] octets, string source, ICollection<string> problemes)
    {
        ArgumentNullException.ThrowIfNull(octets);
        ArgumentNullException.ThrowIfNull(problemes);
        var avant = problemes.Count;
        try
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(octets), false);
            if (word.MainDocumentPart?.Document?.Body is not { } corps)
            {
                problemes.Add($"{source}: the Word document has no body.");
                return null;
            }

            var trouves = new List<string>();
            foreach (var controle in Racines(word).SelectMany(r => r.Descendants<SdtElement>()))
            {
                if (Etiquette(controle) is not { } etiquette)
                {
                    continue;
                }

                trouves.Add(etiquette);
                if (Blocs.Contains(etiquette) && (controle is not SdtBlock || controle.Parent != corps))
                {
                    problemes.Add($"{source}: the « {etiquette} » control holds a block (a table, paragraphs); make it a paragraph of its own in the body, outside any table.");
                }
                else if (Valeurs.Contains(etiquette) && controle is not SdtRun)
                {
                    problemes.Add($"{source}: the « {etiquette} » control holds a value; put it inside a sentence (a plain-text content control).");
                }
                else if (!Blocs.Contains(etiquette) && !Valeurs.Contains(etiquette))
                {
                    problemes.Add($"{source}: unknown content control tag « {etiquette} » (known: {string.Join(", ", Blocs.Concat(Valeurs))}).");
                }
            }

            foreach (var requis in Requis)
            {
                var nombre = trouves.Count(t => t == requis);
                if (nombre != 1)
                {
                    problemes.Add(nombre == 0
                        ? $"{source}: the content control tagged « {requis} » is missing; every convention shows it."
                        : $"{source}: the content control tagged « {requis} » appears {nombre} times; keep one.");
                }
            }

            foreach (var erreur in new OpenXmlValidator().Validate(word).Take(3))
            {
                problemes.Add($"{source}: not valid for Word at {erreur.Path?.XPath}: {erreur.Description}");
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            problemes.Add($"{source}: not a Word document (.docx): {e.Message}");
        }

        return problemes.Count == avant ? new ModeleDeConvention(octets, source) : null;
    }

    /// <summary>
    /// The document: each tagged control replaced by its block or value (a block with nothing to show leaves
    /// nothing), the others' contents kept without their controls, French typography throughout, the same bytes
    /// for the same data.
    /// </summary>
    public byte[] Remplir(IReadOnlyDictionary<string, IReadOnlyList<OpenXmlElement>> blocs, IReadOnlyDictionary<string, string> valeurs)
    {
        ArgumentNullException.ThrowIfNull(blocs);
        ArgumentNullException.ThrowIfNull(valeurs);
        using var flux = new MemoryStream();
        flux.Write(_octets);
        using (var word = WordprocessingDocument.Open(flux, true))
        {
            foreach (var racine in Racines(word))
            {
                while (racine.Descendants<SdtElement>().FirstOrDefault() is { } controle)
                {
                    var etiquette = Etiquette(controle);
                    IEnumerable<OpenXmlElement> remplacement = etiquette is not null && controle is SdtBlock && blocs.TryGetValue(etiquette, out var bloc)
                        ? bloc.Select(e => e.CloneNode(true))
                        : etiquette is not null && controle is SdtRun && valeurs.TryGetValue(etiquette, out var valeur)
                            ? [Valeur(controle, valeur)]
                            : etiquette is not null && Blocs.Contains(etiquette)
                                ? []
                                : [.. Contenu(controle)];
                    foreach (var element in remplacement)
                    {
                        controle.InsertBeforeSelf(element);
                    }

                    controle.Remove();
                }

                foreach (var texte in racine.Descendants<Text>())
                {
                    texte.Text = MiseEnPageWord.Typographie(texte.Text);
                }
            }
        }

        return MiseEnPageWord.Figer(flux.ToArray());
    }

    /// <summary>The body, headers and footers: where an organisation's template may carry controls.</summary>
    private static IEnumerable<OpenXmlPartRootElement> Racines(WordprocessingDocument word)
    {
        if (word.MainDocumentPart is not { } principal)
        {
            yield break;
        }

        if (principal.Document is { } document)
        {
            yield return document;
        }

        foreach (var entete in principal.HeaderParts.Select(p => p.Header).OfType<Header>())
        {
            yield return entete;
        }

        foreach (var pied in principal.FooterParts.Select(p => p.Footer).OfType<Footer>())
        {
            yield return pied;
        }
    }

    private static string? Etiquette(SdtElement controle) =>
        controle.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value is { Length: > 0 } etiquette ? etiquette.Trim() : null;

    private static IEnumerable<OpenXmlElement> Contenu(SdtElement controle) =>
        controle.ChildElements.FirstOrDefault(e => e is SdtContentBlock or SdtContentRun or SdtContentCell or SdtContentRow) is { } contenu
            ? [.. contenu.ChildElements.Select(e => e.CloneNode(true))]
            : [];

    /// <summary>The value in the look the organisation gave the control's text (bold, size…).</summary>
    private static Run Valeur(SdtElement controle, string valeur)
    {
        var run = MiseEnPageWord.Texte(valeur, gras: false);
        if (controle.Descendants<RunProperties>().FirstOrDefault() is { } apparence)
        {
            run.PrependChild(apparence.CloneNode(true));
        }

        return run;
    }
}
