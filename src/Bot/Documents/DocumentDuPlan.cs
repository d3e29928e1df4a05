using System.Globalization;
using Conventions.Catalogue;
using DocumentFormat.OpenXml;
using TeamsConventions.Application.Actions;
using static TeamsConventions.Bot.Documents.MiseEnPageWord;

namespace TeamsConventions.Bot.Documents;

/// <summary>
/// An action plan as a Word document: its committee and year, each action with its fields as the plan's form gives
/// them (its owner by name), and the content's hash the committee votes on. In French, as the committees work.
/// </summary>
public static class DocumentDuPlan
{
    public static byte[] Generer(PlanOuvert ouvert, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(ouvert);
        var (plan, comite, formulaire) = ouvert;
        var titre = $"{formulaire.Libelle} {plan.Annee} — {comite.Nom}";
        var corps = new List<OpenXmlElement>
        {
            Paragraphe(titre, "Title"),
            Paragraphe(plan.Version > 0 ? $"Version n° {plan.Version}{(plan.EstUneRevision ? " (révision du plan validé)" : string.Empty)}" : "Brouillon"),
        };
        if (plan.Actions.Count == 0)
        {
            corps.Add(Paragraphe("(aucune action)"));
        }

        foreach (var action in plan.Actions)
        {
            corps.Add(Paragraphe(action.Champs.GetValueOrDefault(formulaire.Intitule) ?? action.Id, "Heading1"));
            corps.Add(Tableau(null, [.. formulaire.Champs.Select(c => new[]
            {
                (c.Libelle, c.Requis),
                (c.Nature == NatureDeChamp.Membre ? comite.Membre(action.Responsable)?.Nom ?? string.Empty : ValeurAffichee.De(c, action.Champs.GetValueOrDefault(c.Id), formulaire.CommeFormulaire, Francais), false),
            })]));
        }

        corps.Add(Paragraphe($"Empreinte du contenu (SHA-256) : {plan.EmpreinteDuContenu()}"));
        return Creer(titre, corps, organisation);
    }
}
