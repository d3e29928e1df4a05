using System.Globalization;
using Conventions.Accords;
using DocumentFormat.OpenXml;
using TeamsConventions.Bot.Resources;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// A convention as a Word document, in French: its kind, its parties (company numbers, referents, R21, R28), its
/// term, its fiches-actions, the number of signed copies (R34), the signature page — each signatory's party,
/// function and name, and their signature once given — and the hash of the content the parties sign.
/// </summary>
public static class DocumentDeLaConvention
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-BE");

    /// <param name="formulaire">The form a convention drafted in chat was filled on: its clauses are written under its steps.</param>
    public static byte[] Generer(Convention convention, string? organisation = null, Conventions.Catalogue.FormulaireDeDossier? formulaire = null)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var type = convention.Type;
        var corps = new List<OpenXmlElement>
        {
            Paragraphe(type.Intitule, "Title"),
            Paragraphe("Entre les parties", "Heading1"),
            Tableau(
                ["Partie", "Numéro d'entreprise", "Personne de contact"],
                [.. convention.Parties.Select(p => new[]
                {
                    (p.Nom, true), (p.Bce?.ToString() ?? "—", false),
                    (p.Referent is { } r ? $"{r.Nom}\n{r.Mail.Valeur}\n{ValeurAffichee.Insecable(r.Telephone.Valeur)}" : "—", false),
                })]),
        };
        if (convention.Parametres.PeriodeProposee is { } periode)
        {
            corps.Add(Paragraphe("Durée", "Heading1"));
            corps.Add(Paragraphe($"Du {Formats.Jour(periode.Debut, Francais)} au {Formats.Jour(periode.Fin, Francais)}."));
        }

        if (formulaire is not null && convention.Clauses.Count > 0)
        {
            EtapesEnDocument.Ajouter(
                corps, formulaire, convention.Clauses, id => formulaire.Definition(id)?.Requis ?? formulaire.Champs.Any(c => c.Id == id && c.Requis),
                c => convention.Clauses.Keys.Any(k => k == c.Id || k.StartsWith(c.Id + Conventions.Catalogue.FormulaireDeDossier.SeparateurDeLigne, StringComparison.Ordinal)));
        }

        if (convention.FichesActions.Count > 0)
        {
            corps.Add(Paragraphe("Fiches-actions", "Heading1"));
            foreach (var fiche in convention.FichesActions)
            {
                corps.Add(Paragraphe($"{fiche.Theme} — {fiche.Intitule}", "Heading2"));
                corps.Add(Tableau(null, [[("Quoi", true), (fiche.Quoi, false)], [("Pour quoi", true), (fiche.PourQuoi, false)], [("Quand", true), (fiche.Quand, false)],
                    [("Comment", true), (fiche.Comment, false)], [("Où", true), (fiche.Ou, false)], [("Pour et avec qui", true), (fiche.PourEtAvecQui, false)]]));
            }
        }

        corps.AddRange(PageDesSignatures(convention, convention.Signatures));
        corps.Add(Paragraphe($"Empreinte du contenu (SHA-256) : {convention.EmpreinteEnVigueur}"));
        return Creer(type.Intitule, corps, organisation);
    }

    /// <summary>
    /// R34 and R23: the copies made, then each required signature — party, function, the person designated, and
    /// where and when they signed <paramref name="signatures"/> (the convention's, or an amendment's).
    /// </summary>
    public static IEnumerable<OpenXmlElement> PageDesSignatures(Convention convention, IReadOnlyList<Signature> signatures)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(signatures);
        yield return Paragraphe("Signatures", "Heading1");
        yield return Paragraphe($"Fait en {Formats.Nombre(convention.Exemplaires, Francais)} exemplaires, chaque partie recevant le sien.");
        yield return Tableau(
            ["Partie", "Fonction", "Signataire", "Signature"],
            [.. convention.SignaturesRequises().Select(r =>
            {
                var fonction = convention.Type.Parties.SelectMany(d => d.Signataires).FirstOrDefault(s => s.Fonction == r.Fonction)?.Libelle ?? r.Fonction;
                var designe = convention.Designations.FirstOrDefault(d => d.Partie == r.Partie && d.Fonction == r.Fonction)?.Nom ?? "à désigner";
                var signature = signatures.FirstOrDefault(s => s.Partie == r.Partie && s.Fonction == r.Fonction) is { } s
                    ? $"signé le {Formats.Instant(s.Le, Francais)}{(s.Lieu is null ? string.Empty : $" à {s.Lieu}")}"
                    : "à signer";
                return new[] { (r.Partie, true), (fonction, false), (designe, false), (signature, false) };
            })]);
    }
}
