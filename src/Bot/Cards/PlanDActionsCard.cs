using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Dossiers;
using TeamsConventions.Application.Actions;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>A committee's action plan: its actions at a glance, one action's fields to fill, the plans awaiting validation.</summary>
public static class PlanDActionsCard
{
    /// <summary>So that the card stays within Teams' 28 KB whatever the number of actions: the others are in the plan's document.</summary>
    public const int ActionsAffichees = 25;

    public static AdaptiveCard Plan(Textes textes, PlanOuvert ouvert, string? message = null, bool erreur = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(ouvert);
        var (plan, comite, formulaire) = ouvert;
        var corps = new List<CardElement>
        {
            CardParts.Titre(textes.Format(CleTexte.PlanTitre, plan.Annee, comite.Nom)),
            CardParts.Discret(textes.Format(plan.EstUneRevision ? CleTexte.PlanEtatRevision : CleTexte.PlanEtat, plan.Etat, textes.Nombre(CleTexte.PlanActionsUne, CleTexte.PlanActionsPlusieurs, plan.Actions.Count))),
        };
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        if (plan.MotifDuRetour is { } motif && plan.EstModifiable)
        {
            corps.Add(CardParts.Paragraphe(textes.Format(CleTexte.PlanRenvoye, motif)));
        }

        if (plan.Actions.Count == 0)
        {
            corps.Add(CardParts.Paragraphe(textes[CleTexte.PlanSansAction]));
        }

        var actions = new List<CardAction>();
        foreach (var action in plan.Actions.Take(ActionsAffichees))
        {
            var responsable = comite.Membre(action.Responsable)?.Nom ?? textes[CleTexte.DossierEditeurSansNom];
            var suivi = plan.Etat == EtatDuProjet.Valide ? $" — {textes.Format(CleTexte.PlanEtatDeLAction, action.Etat)}" : string.Empty;
            corps.Add(new TextBlock($"{action.Champs.GetValueOrDefault(formulaire.Intitule)} — {responsable}{suivi}") { Wrap = true, Separator = true });
            if (plan.EstModifiable)
            {
                corps.Add(new ActionSet([Bouton(textes[CleTexte.BoutonModifierAction], plan, DeplacementsDuPlan.Modifier, action.Id)]));
            }
        }

        if (plan.EstModifiable)
        {
            actions.Add(Bouton(textes[CleTexte.BoutonAjouterAction], plan, DeplacementsDuPlan.Ajouter));
        }

        if (plan.Etat is EtatDuProjet.Brouillon)
        {
            corps.Add(new InputToggle(textes[CleTexte.PlanVoteSecret]) { Id = ChampSecret(plan), Value = "false", Separator = true });
        }

        if (plan.Etat is EtatDuProjet.Brouillon or EtatDuProjet.SoumisALAvis)
        {
            actions.Add(Bouton(textes[CleTexte.BoutonInscrireALOrdreDuJour], plan, DeplacementsDuPlan.Inscrire, style: ActionStyle.Positive));
        }

        return CardParts.Carte(corps, actions);
    }

    /// <summary>
    /// One action's fields, as the plan's form gives them; its owner among the committee's members. After a refused
    /// save, every field shows what was typed (<paramref name="tapees"/>), nothing being kept.
    /// </summary>
    public static AdaptiveCard Action(Textes textes, PlanOuvert ouvert, string idAction, ResultatDeSaisie? retour = null, IReadOnlyDictionary<string, string>? tapees = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(ouvert);
        var (plan, comite, formulaire) = ouvert;
        var stockees = plan.Action(idAction)?.Champs ?? new Dictionary<string, string>();
        var corps = new List<CardElement> { CardParts.Titre(textes.Format(CleTexte.PlanTitre, plan.Annee, comite.Nom)) };
        if (retour is { EstSansReserve: false })
        {
            corps.Add(new TextBlock(textes[CleTexte.PlanActionARevoir]) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true });
        }

        ChampsDeCarte.Ajouter(corps, textes, formulaire.CommeFormulaire, formulaire.Champs, stockees, retour, tapees, (champ, libelle, valeur) => champ.Nature switch
        {
            NatureDeChamp.Date => new InputDate
            {
                Id = champ.Id, Label = libelle, Value = valeur,
                Min = champ.Borne == BorneDeDate.ApresOuverture ? Iso(plan.Periode.Debut) : null,
                Max = champ.Borne == BorneDeDate.AvantCloture ? Iso(plan.Periode.Fin) : null,
            },
            NatureDeChamp.Membre => new InputChoiceSet([.. comite.Membres.Select(m => new Choice(m.Nom, m.Membre.ToString()))]) { Id = champ.Id, Label = libelle, Value = valeur },
            _ => null,
        }, (champ, actuelle) => champ.Nature == NatureDeChamp.Membre ? NomDuMembre(ouvert, actuelle, textes) : null);

        var vues = ChampsDeCarte.Vues(formulaire.Champs, stockees);
        return CardParts.Carte(corps,
        [
            new ActionExecute { Title = textes[CleTexte.BoutonEnregistrerAction], Verb = Verbes.PlanDActions, Data = new DonneesDePlan { Plan = plan.Id.ToString(), Aller = DeplacementsDuPlan.Enregistrer, Ligne = idAction, Vues = vues }, Style = ActionStyle.Positive },
            Bouton(textes[CleTexte.BoutonRetourAuPlan], plan, DeplacementsDuPlan.Voir),
        ]);
    }

    /// <summary>In the validating committee's channel: the plans whose committee's opinion is favourable, each to put on the agenda.</summary>
    public static AdaptiveCard AValider(Textes textes, IReadOnlyList<(PlanDActions Plan, string Comite)> plans)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(plans);
        var corps = new List<CardElement> { CardParts.Titre(textes[CleTexte.PlanAValiderTitre]) };
        if (plans.Count == 0)
        {
            corps.Add(CardParts.Paragraphe(textes[CleTexte.PlanAucunAValider]));
        }

        foreach (var (plan, comite) in plans.Take(ActionsAffichees))
        {
            corps.Add(new TextBlock(textes.Format(CleTexte.PlanTitre, plan.Annee, comite)) { Wrap = true, Separator = true, Weight = TextWeight.Bolder });
            corps.Add(CardParts.Discret(textes.Nombre(CleTexte.PlanActionsUne, CleTexte.PlanActionsPlusieurs, plan.Actions.Count)));
            corps.Add(new InputToggle(textes[CleTexte.PlanVoteSecret]) { Id = ChampSecret(plan), Value = "false" });
            corps.Add(new ActionSet([Bouton(textes[CleTexte.BoutonInscrireALOrdreDuJour], plan, DeplacementsDuPlan.Inscrire, style: ActionStyle.Positive)]));
        }

        return CardParts.Carte(corps);
    }

    /// <summary>The check box asking for a secret ballot, one per plan on a card that lists several.</summary>
    public static string ChampSecret(PlanDActions plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return $"secret-{plan.Id}";
    }

    private static string NomDuMembre(PlanOuvert ouvert, string valeur, Textes textes) =>
        Conventions.Membres.MembreId.EssayerDepuis(valeur, out var membre) && ouvert.Comite.Membre(membre) is { } m ? m.Nom : textes[CleTexte.DossierEditeurSansNom];

    private static ActionExecute Bouton(string titre, PlanDActions plan, string aller, string? ligne = null, ActionStyle? style = null) =>
        new() { Title = titre, Verb = Verbes.PlanDActions, Data = new DonneesDePlan { Plan = plan.Id.ToString(), Aller = aller, Ligne = ligne }, Style = style };

    private static string Iso(DateOnly jour) => jour.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
