using Conventions.Comites;
using TeamsConventions.Application.Actions;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>R12: the actions a person owns in the plans of record, each with where it stands and a button to say where it is now.</summary>
public static class MesActionsCard
{
    public const string PrefixeEtat = "etat-";
    public const string PrefixeNote = "note-";

    public static AdaptiveCard Composer(Textes textes, IReadOnlyList<ActionSuivie> actions, string? message = null, bool erreur = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(actions);
        var corps = new List<CardElement> { CardParts.Titre(textes[CleTexte.MesActionsTitre]) };
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        if (actions.Count == 0)
        {
            corps.Add(CardParts.Paragraphe(textes[CleTexte.MesActionsAucune]));
        }

        List<Choice> etats = [.. Enum.GetValues<EtatDeLAction>().Select(e => new Choice(textes.Format(CleTexte.PlanEtatDeLAction, e), e.ToString()))];
        foreach (var (ouvert, action) in actions.Take(PlanDActionsCard.ActionsAffichees))
        {
            var cle = Cle(ouvert.Plan.Id.ToString(), action.Id);
            var plan = textes.Format(CleTexte.PlanTitre, ouvert.Plan.Annee, ouvert.Comite.Nom);
            corps.Add(new TextBlock(textes.Format(CleTexte.MesActionsDuPlan, action.Champs.GetValueOrDefault(ouvert.Formulaire.Intitule) ?? action.Id, plan)) { Weight = TextWeight.Bolder, Wrap = true, Separator = true });
            corps.Add(CardParts.Discret(action.MiseAJour is { } jour ? textes.Format(CleTexte.MesActionsEtat, action.Etat, jour) : textes.Format(CleTexte.PlanEtatDeLAction, action.Etat)));
            if (action.Note is { } note)
            {
                corps.Add(CardParts.Discret(note));
            }

            corps.Add(new InputChoiceSet(etats) { Id = PrefixeEtat + cle, Label = textes[CleTexte.MesActionsOuEnEst], Value = action.Etat.ToString() });
            corps.Add(new InputText { Id = PrefixeNote + cle, Label = textes[CleTexte.MesActionsNote], MaxLength = Conventions.Actions.PlanDActions.LongueurDeNote, IsMultiline = true });
            corps.Add(new ActionSet([new ActionExecute
            {
                Title = textes[CleTexte.BoutonMettreAJourAction], Verb = Verbes.PlanDActions,
                Data = new DonneesDePlan { Plan = ouvert.Plan.Id.ToString(), Aller = DeplacementsDuPlan.Suivre, Ligne = action.Id },
            }]));
        }

        return CardParts.Carte(corps);
    }

    /// <summary>The inputs' suffix for one action of one plan.</summary>
    public static string Cle(string plan, string action) => $"{plan}-{action}";
}
