using System.Globalization;
using Conventions.Catalogue;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsConventions.Application.Actions;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// An action plan as a Word document: its committee and year, each action with its fields as the plan's form gives
/// them (its owner by name), and the content's hash the committee votes on. In French, as the committees work.
/// </summary>
public static class DocumentDuPlan
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-BE");

    public static byte[] Generer(PlanOuvert ouvert)
    {
        ArgumentNullException.ThrowIfNull(ouvert);
        var (plan, comite, formulaire) = ouvert;
        var titre = $"{formulaire.Libelle} {plan.Annee} — {comite.Nom}";
        using var flux = new MemoryStream();
        using (var document = WordprocessingDocument.Create(flux, WordprocessingDocumentType.Document))
        {
            var principal = document.AddMainDocumentPart();
            principal.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var corps = new Body();
            corps.Append(Paragraphe(titre, "Title"));
            corps.Append(Paragraphe(plan.Version > 0 ? $"Version n° {plan.Version}{(plan.EstUneRevision ? " (révision du plan validé)" : string.Empty)}" : "Brouillon"));
            if (plan.Actions.Count == 0)
            {
                corps.Append(Paragraphe("(aucune action)"));
            }

            foreach (var action in plan.Actions)
            {
                corps.Append(Paragraphe(action.Champs.GetValueOrDefault(formulaire.Intitule) ?? action.Id, "Heading1"));
                corps.Append(Tableau(null, [.. formulaire.Champs.Select(c => new[]
                {
                    (c.Libelle, c.Requis),
                    (c.Nature == NatureDeChamp.Membre ? comite.Membre(action.Responsable)?.Nom ?? string.Empty : ValeurAffichee.De(c, action.Champs.GetValueOrDefault(c.Id), formulaire.CommeFormulaire, Francais), false),
                })]));
            }

            corps.Append(Paragraphe($"Empreinte du contenu (SHA-256) : {plan.EmpreinteDuContenu()}"));
            corps.Append(PageA4());
            principal.Document = new Document(corps);
            document.PackageProperties.Title = titre;
            document.PackageProperties.Language = "fr-BE";
        }

        return flux.ToArray();
    }
}
