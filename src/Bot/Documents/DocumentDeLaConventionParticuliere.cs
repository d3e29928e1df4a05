using System.Globalization;
using DocumentFormat.OpenXml;
using TeamsConventions.Application.ConventionsParticulieres;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// A particular convention as a Word document: its title and committee, the framework it carries out, each field as
/// its form gives it (the six elements of R11 among them), and the content's hash the committees vote on. In French.
/// </summary>
public static class DocumentDeLaConventionParticuliere
{
    public static byte[] Generer(ConventionParticuliereOuverte ouverte, string cadre, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(ouverte);
        var (projet, comite, formulaire) = ouverte;
        var titre = $"{formulaire.Libelle} — {(ouverte.Intitule.Length > 0 ? ouverte.Intitule : "(sans intitulé)")}";
        var corps = new List<OpenXmlElement>
        {
            Paragraphe(titre, "Title"),
            Paragraphe($"Proposée par le {comite.Nom}, en exécution de la {cadre}."),
            Paragraphe(projet.Version > 0 ? $"Version n° {projet.Version}" : "Brouillon"),
            Tableau(null, [.. formulaire.Champs.Select(c => new[] { (c.Libelle, c.Requis), (ValeurAffichee.De(c, projet.Champs.GetValueOrDefault(c.Id), formulaire.CommeFormulaire, Francais), false) })]),
            Paragraphe($"Empreinte du contenu (SHA-256) : {projet.EmpreinteDuContenu()}"),
        };
        return Creer(titre, corps, organisation);
    }
}
