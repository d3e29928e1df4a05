using System.Globalization;
using Conventions.Accords;
using DocumentFormat.OpenXml;
using TeamsConventions.Bot.Resources;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// A competence certificate as a Word document, in French (R31): the learner, the competences acquired, the
/// convention and its parties it is delivered under, its variant, the head of school's proposal for an FCIL, each
/// co-signatory's role, name and organisation and when they co-signed, and its hash.
/// </summary>
public static class DocumentDeLAttestation
{
    public static byte[] Generer(Convention convention, Attestation attestation, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(attestation);
        var variante = Textes.Francais[$"Attestation.Variante.{attestation.Variante}"];
        var titre = $"Attestation de compétences n° {Formats.Nombre(attestation.Numero, Francais)}";
        var corps = new List<OpenXmlElement>
        {
            Paragraphe(titre, "Title"),
            Paragraphe($"Délivrée à {attestation.Apprenant}, au terme de la formation ({variante}) organisée dans le cadre de la {convention.Type.Intitule}, entre {string.Join(", ", convention.Parties.Select(p => p.Nom))}."),
            Paragraphe("Compétences acquises", "Heading1"),
        };
        corps.AddRange(attestation.Competences.Split('\n').Select(ligne => Paragraphe(ligne.TrimEnd())));
        if (attestation.SurPropositionDe is { } proposant)
        {
            corps.Add(Paragraphe($"Sur proposition de {proposant}."));
        }

        corps.Add(Paragraphe("Co-signatures", "Heading1"));
        corps.Add(Tableau(
            ["Qualité", "Nom", "Organisation", "Co-signature"],
            [.. attestation.Cosignataires.Select(c => new[]
            {
                (Textes.Francais[$"Attestation.Role.{c.Role}"], true), (c.Nom, false), (c.Partie ?? "—", false),
                (c.Le is { } le ? $"co-signé le {Formats.Instant(le, Francais)}" : "à co-signer", false),
            })]));
        corps.Add(Paragraphe($"Empreinte de l'attestation (SHA-256) : {attestation.Empreinte}"));
        return Creer(titre, corps, organisation);
    }
}
