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
        EtapesEnDocument.Ajouter(corps, formulaire, dossier.Champs, id => EstObligatoire(id, obligatoires));
        corps.Add(Paragraphe($"Empreinte du contenu (SHA-256) : {dossier.EmpreinteDuContenu()}"));
        return Creer(type.Intitule, corps, organisation);
    }

    private static bool EstObligatoire(string id, HashSet<string> obligatoires) =>
        obligatoires.Contains(id) || obligatoires.Any(o => id.StartsWith(o + ".", StringComparison.Ordinal));
}
