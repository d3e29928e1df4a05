using System.Globalization;
using Conventions.Accords;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsConventions.Bot.Resources;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// A convention as a Word document, in French, in its kind's template: its parties (company numbers, referents,
/// R21, R28), its term, its fiches-actions and clauses, the number of signed copies (R34), the signature table —
/// each signatory's party, function and name, and their signature once given — and the hash the parties sign.
/// </summary>
public static class DocumentDeLaConvention
{
    /// <summary>The document written in <paramref name="modele"/>, the kind's template: the organisation's wording, the convention's data where its controls are.</summary>
    /// <param name="formulaire">The form a convention drafted in chat was filled on: its clauses are written under its steps.</param>
    public static byte[] Generer(Convention convention, ModeleDeConvention modele, string? organisation = null, Conventions.Catalogue.FormulaireDeDossier? formulaire = null)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(modele);
        var type = convention.Type;
        var blocs = new Dictionary<string, IReadOnlyList<OpenXmlElement>>(StringComparer.Ordinal)
        {
            ["parties"] = [Tableau(
                ["Partie", "Numéro d'entreprise", "Personne de contact"],
                [.. convention.Parties.Select(p => new[]
                {
                    (p.Nom, true), (p.Bce?.ToString() ?? "—", false),
                    (p.Referent is { } r ? $"{r.Nom}\n{r.Mail.Valeur}\n{ValeurAffichee.Insecable(r.Telephone.Valeur)}" : "—", false),
                })])],
            ["duree"] = convention.Parametres.PeriodeProposee is { } periode
                ? [Paragraphe($"Période convenue : du {Formats.Jour(periode.Debut, Francais)} au {Formats.Jour(periode.Fin, Francais)}.")]
                : [],
            ["clauses"] = Clauses(convention, formulaire),
            ["fiches-actions"] = !type.SectionsDeFichesActions.Any() ? []
                : convention.FichesActions.Count == 0 ? [Paragraphe("Aucune fiche-action.")]
                : [.. convention.FichesActions.SelectMany(fiche => new OpenXmlElement[]
                {
                    Paragraphe($"{fiche.Theme} — {fiche.Intitule}", "Heading2"),
                    Tableau(null, [[("Quoi", true), (fiche.Quoi, false)], [("Pour quoi", true), (fiche.PourQuoi, false)], [("Quand", true), (fiche.Quand, false)],
                        [("Comment", true), (fiche.Comment, false)], [("Où", true), (fiche.Ou, false)], [("Pour et avec qui", true), (fiche.PourEtAvecQui, false)]]),
                })],
            ["signatures"] = [TableauDesSignatures(convention, convention.Signatures)],
        };
        return modele.Remplir(blocs, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["intitule"] = type.Intitule,
            ["en-tete"] = string.IsNullOrWhiteSpace(organisation) ? type.Intitule : $"{organisation} — {type.Intitule}",
            ["exemplaires"] = Formats.Nombre(convention.Exemplaires, Francais),
            ["empreinte"] = convention.EmpreinteEnVigueur,
        });
    }

    private static List<OpenXmlElement> Clauses(Convention convention, Conventions.Catalogue.FormulaireDeDossier? formulaire)
    {
        var corps = new List<OpenXmlElement>();
        if (formulaire is not null && convention.Clauses.Count > 0)
        {
            EtapesEnDocument.Ajouter(
                corps, formulaire, convention.Clauses, id => formulaire.Definition(id)?.Requis ?? formulaire.Champs.Any(c => c.Id == id && c.Requis),
                c => convention.Clauses.Keys.Any(k => k == c.Id || k.StartsWith(c.Id + Conventions.Catalogue.FormulaireDeDossier.SeparateurDeLigne, StringComparison.Ordinal)));
        }

        return corps;
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
        yield return TableauDesSignatures(convention, signatures);
    }

    /// <summary>R23: each required signature — party, function, the person designated, and where and when they signed.</summary>
    private static Table TableauDesSignatures(Convention convention, IReadOnlyList<Signature> signatures) =>
        Tableau(
            ["Partie", "Fonction", "Signataire", "Signature"],
            [.. convention.SignaturesRequises().Select(r =>
            {
                var signature = signatures.FirstOrDefault(s => s.Partie == r.Partie && s.Fonction == r.Fonction) is { } s
                    ? $"signé le {Formats.Instant(s.Le, Francais)}{(s.Lieu is null ? string.Empty : $" à {s.Lieu}")}"
                    : "à signer";
                return new[] { (r.Partie, true), (Fonction(convention, r.Fonction), false), (Designe(convention, r.Partie, r.Fonction) ?? "à désigner", false), (signature, false) };
            })]);

    /// <summary>A signatory's function as the kind names it (« Président »).</summary>
    public static string Fonction(Convention convention, string fonction)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return convention.Type.Signataire(fonction)?.Libelle ?? fonction;
    }

    /// <summary>The name of the person designated to sign for <paramref name="partie"/> as <paramref name="fonction"/>, if any.</summary>
    public static string? Designe(Convention convention, string partie, string fonction)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return convention.Designations.FirstOrDefault(d => d.Partie == partie && d.Fonction == fonction)?.Nom;
    }
}
