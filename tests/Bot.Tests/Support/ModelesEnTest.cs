using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsConventions.Bot.Documents;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>The shipped convention templates, and the same changed the way an organisation's editor changes them in Word.</summary>
internal static class ModelesEnTest
{
    public static byte[] Livre(string type)
    {
        using var flux = typeof(ModelesDeConvention).Assembly.GetManifestResourceStream($"modeles/{type}.docx") ?? throw new InvalidOperationException($"No shipped template for {type}.");
        using var copie = new MemoryStream();
        flux.CopyTo(copie);
        return copie.ToArray();
    }

    public static byte[] Modifier(byte[] modele, Action<Document> changement)
    {
        using var flux = new MemoryStream();
        flux.Write(modele);
        using (var word = WordprocessingDocument.Open(flux, true))
        {
            changement(word.MainDocumentPart?.Document ?? throw new InvalidOperationException("No document."));
        }

        return flux.ToArray();
    }

    /// <summary>The first paragraph of the shipped template's wording starting with <paramref name="debut"/>, reworded to <paramref name="texte"/>.</summary>
    public static byte[] Reformuler(string type, string debut, string texte) => Modifier(Livre(type), document =>
        document.Descendants<Text>().First(t => t.Text.StartsWith(debut, StringComparison.Ordinal)).Text = texte);
}
