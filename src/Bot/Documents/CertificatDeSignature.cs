using System.Globalization;
using Conventions.Accords;
using DocumentFormat.OpenXml;
using TeamsConventions.Bot.Resources;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// The signature certificate filed beside a signed convention: for each signature, the party, function, person,
/// when and where, electronically or not, and the hash signed; the convention's hash and the decision it comes from.
/// </summary>
public static class CertificatDeSignature
{
    public static byte[] Generer(Convention convention, string? decision, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var titre = $"Certificat de signature — {convention.Type.Intitule}";
        var corps = new List<OpenXmlElement>
        {
            Paragraphe(titre, "Title"),
            Paragraphe($"Parties : {string.Join(" ; ", convention.Parties.Select(p => p.Nom))}."),
            Paragraphe($"Empreinte du contenu signé (SHA-256) : {convention.EmpreinteEnVigueur}"),
        };
        if (decision is not null)
        {
            corps.Add(Paragraphe($"Décision à l'origine de la convention : {decision}."));
        }

        corps.Add(Paragraphe("Signatures", "Heading1"));
        corps.Add(Tableau(
            ["Partie", "Fonction", "Signataire", "Signé le", "Lieu", "Forme", "Empreinte signée"],
            [.. convention.Signatures.OrderBy(s => s.Le).Select(s => new[]
            {
                (s.Partie, true),
                (DocumentDeLaConvention.Fonction(convention, s.Fonction), false),
                (DocumentDeLaConvention.Designe(convention, s.Partie, s.Fonction) ?? "—", false),
                (Formats.Instant(s.Le, Francais), false),
                (s.Lieu ?? "—", false),
                (s.Courriel is { } adresse ? $"sur la page de signature, code à usage unique envoyé à {adresse}"
                    : s.Electronique ? "signature électronique" : "signée dans Microsoft Teams", false),
                (s.Empreinte, false),
            })]));
        return Creer(titre, corps, organisation);
    }
}
