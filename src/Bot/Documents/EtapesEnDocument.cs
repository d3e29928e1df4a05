using System.Globalization;
using Conventions.Catalogue;
using DocumentFormat.OpenXml;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// A form's steps written in a document the way the seed forms read: a heading per step, a two-column table of
/// labels and values (required labels in bold), each table with its rows. Only the fields <c>montrer</c> keeps.
/// </summary>
internal static class EtapesEnDocument
{
    public static void Ajouter(List<OpenXmlElement> corps, FormulaireDeDossier formulaire, IReadOnlyDictionary<string, string> champs, Func<string, bool> obligatoire, Func<DefinitionDeChamp, bool>? montrer = null)
    {
        foreach (var etape in formulaire.Etapes)
        {
            var retenus = etape.Champs.Where(montrer ?? (_ => true)).ToList();
            if (retenus.Count == 0)
            {
                continue;
            }

            corps.Add(Paragraphe(etape.Titre, "Heading1"));
            var simples = retenus.Where(c => c.Nature != NatureDeChamp.Tableau).ToList();
            if (simples.Count > 0)
            {
                corps.Add(Tableau(null, [.. simples.Select(c => new[]
                {
                    (c.Libelle, obligatoire(c.Id)),
                    (ValeurAffichee.De(c, champs.GetValueOrDefault(c.Id), formulaire, Francais), false),
                })]));
            }

            foreach (var tableau in retenus.Where(c => c.Nature == NatureDeChamp.Tableau))
            {
                corps.Add(Paragraphe(tableau.Libelle + (obligatoire(tableau.Id) ? " *" : string.Empty), "Heading2"));
                var colonnes = tableau.Colonnes ?? [];
                var lignes = LignesDuTableau.De(champs, tableau.Id);
                corps.Add(lignes.Count == 0
                    ? Paragraphe("(aucune ligne)")
                    : Tableau(
                        [.. colonnes.Select(c => c.Libelle)],
                        [.. lignes.Select(l => colonnes.Select(c => (ValeurAffichee.De(c, champs.GetValueOrDefault(CelluleDeTableau.PrefixeDeLigne(tableau.Id, l) + c.Id), formulaire, Francais), false)).ToArray())]));
            }
        }
    }
}
