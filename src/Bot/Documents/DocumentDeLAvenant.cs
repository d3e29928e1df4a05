using System.Globalization;
using Conventions.Accords;
using DocumentFormat.OpenXml;
using TeamsConventions.Bot.Resources;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// An amendment as a Word document, in French (R19): its number and the convention it amends (the version in force
/// it starts from, by hash), its subject and text, one copy per party (R34), the signature page and its own hash.
/// </summary>
public static class DocumentDeLAvenant
{
    public static byte[] Generer(Convention convention, Avenant avenant, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(avenant);
        var titre = $"Avenant n° {Formats.Nombre(avenant.Numero, Francais)} à la {convention.Type.Intitule}";
        var corps = new List<OpenXmlElement>
        {
            Paragraphe(titre, "Title"),
            Paragraphe("Entre les parties", "Heading1"),
            Tableau(["Partie", "Numéro d'entreprise"], [.. convention.Parties.Select(p => new[] { (p.Nom, true), (p.Bce?.ToString() ?? "—", false) })]),
            Paragraphe("Objet", "Heading1"),
            Paragraphe(avenant.Objet),
            Paragraphe("Modifications", "Heading1"),
        };
        corps.AddRange(avenant.Texte.Split('\n').Select(ligne => Paragraphe(ligne.TrimEnd())));
        corps.Add(Paragraphe("Les autres dispositions de la convention restent inchangées. Le présent avenant entre en vigueur à la date de sa dernière signature."));
        corps.AddRange(DocumentDeLaConvention.PageDesSignatures(convention, avenant.Signatures));
        corps.Add(Paragraphe($"Convention modifiée : {convention.Type.Intitule}, signée le {(convention.DateDeSignature is { } le ? Formats.Jour(le, Francais) : "—")}, empreinte de la version initiale {convention.EmpreinteInitiale}."));
        corps.Add(Paragraphe($"Empreinte de l'avenant (SHA-256) : {avenant.Empreinte}"));
        return Creer(titre, corps, organisation);
    }
}
