using System.Globalization;
using Conventions.Catalogue;
using Conventions.Dossiers;
using DocumentFormat.OpenXml;
using TeamsConventions.Bot.Resources;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// The dossier as a Word document laid out like the seed form: a heading per part, a two-column table of labels and
/// values (mandatory labels in bold, as "les champs en gras"), the tables with their rows, and the content's hash.
/// Always in French, the language of the form the analysts and the committee work from.
/// </summary>
public static class DocumentDuDossier
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-BE");

    public static byte[] Generer(DossierDeProposition dossier, FormulaireDeDossier formulaire, TypeDeConvention type, AppelAProjets appel, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(appel);
        var corps = new List<OpenXmlElement> { Paragraphe(type.Intitule, "Title") };
        corps.Add(Paragraphe($"Appel à projets : {appel.Titre} — clôture le {Formats.Instant(appel.Cloture, Francais)}"));
        corps.Add(Paragraphe(dossier.Version > 0 ? $"Version déposée n° {dossier.Version}" : "Brouillon (non déposé)"));
        var obligatoires = (type.ChampsObligatoiresDuDossier ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var etape in formulaire.Etapes)
        {
            corps.Add(Paragraphe(etape.Titre, "Heading1"));
            var simples = etape.Champs.Where(c => c.Nature != NatureDeChamp.Tableau).ToList();
            if (simples.Count > 0)
            {
                corps.Add(Tableau(null, [.. simples.Select(c => new[]
                {
                    (c.Libelle, EstObligatoire(c.Id, obligatoires)),
                    (ValeurAffichee.De(c, dossier.Champs.GetValueOrDefault(c.Id), formulaire, Francais), false),
                })]));
            }

            foreach (var tableau in etape.Champs.Where(c => c.Nature == NatureDeChamp.Tableau))
            {
                corps.Add(Paragraphe(tableau.Libelle + (EstObligatoire(tableau.Id, obligatoires) ? " *" : string.Empty), "Heading2"));
                var colonnes = tableau.Colonnes ?? [];
                var lignes = LignesDuTableau.De(dossier, tableau.Id);
                corps.Add(lignes.Count == 0
                    ? Paragraphe("(aucune ligne)")
                    : Tableau(
                        [.. colonnes.Select(c => c.Libelle)],
                        [.. lignes.Select(l => colonnes.Select(c => (ValeurAffichee.De(c, dossier.Champs.GetValueOrDefault(CelluleDeTableau.PrefixeDeLigne(tableau.Id, l) + c.Id), formulaire, Francais), false)).ToArray())]));
            }
        }

        corps.Add(Paragraphe($"Empreinte du contenu (SHA-256) : {dossier.EmpreinteDuContenu()}"));
        return Creer(type.Intitule, corps, organisation);
    }

    private static bool EstObligatoire(string id, HashSet<string> obligatoires) =>
        obligatoires.Contains(id) || obligatoires.Any(o => id.StartsWith(o + ".", StringComparison.Ordinal));
}
