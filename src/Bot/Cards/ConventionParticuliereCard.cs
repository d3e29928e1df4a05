using Conventions.Actions;
using Conventions.Comites;
using Conventions.Dossiers;
using TeamsConventions.Application.ConventionsParticulieres;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>A committee's particular conventions at a glance, and one of them: its fields to fill, or to read once frozen.</summary>
public static class ConventionParticuliereCard
{
    /// <summary>So that the card stays within Teams' 28 KB.</summary>
    public const int Affichees = 25;

    /// <summary>The drafts of the committee (or, for a committee that validates them, those awaiting it), each to open.</summary>
    public static AdaptiveCard Liste(Textes textes, Comite comite, bool valide, IReadOnlyList<ConventionParticuliereOuverte> conventions)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(comite);
        ArgumentNullException.ThrowIfNull(conventions);
        var corps = new List<CardElement> { CardParts.Titre(textes.Format(valide ? CleTexte.CpAValiderTitre : CleTexte.CpListeTitre, comite.Nom)) };
        if (conventions.Count == 0)
        {
            corps.Add(CardParts.Paragraphe(textes[valide ? CleTexte.CpAucuneAValider : CleTexte.CpAucune]));
        }

        foreach (var ouverte in conventions.Take(Affichees))
        {
            corps.Add(new TextBlock(Intitule(textes, ouverte) + (valide ? $" — {ouverte.Comite.Nom}" : string.Empty)) { Weight = TextWeight.Bolder, Separator = true });
            corps.Add(CardParts.Discret(textes.Format(CleTexte.CpEtat, ouverte.Projet.Etat)));
            corps.Add(new ActionSet([Bouton(textes[CleTexte.BoutonOuvrir], ouverte.Projet, DeplacementsDeLaConventionParticuliere.Voir)]));
        }

        return CardParts.Carte(corps, valide ? [] : [new ActionExecute
        {
            Title = textes[CleTexte.BoutonNouvelleConventionParticuliere], Verb = Verbes.ConventionParticuliere,
            Data = new DonneesDeConventionParticuliere { Aller = DeplacementsDeLaConventionParticuliere.Nouvelle }, Style = ActionStyle.Positive,
        }]);
    }

    /// <summary>
    /// One particular convention: while drafted, its fields to fill (after a save, the reasons and conflicts next to
    /// them, what was typed kept); once frozen, what it states. Its document, and the press that puts it on the agenda.
    /// </summary>
    public static AdaptiveCard Convention(
        Textes textes, ConventionParticuliereOuverte ouverte, Uri document, ResultatDeSaisie? retour = null, IReadOnlyDictionary<string, string>? tapees = null, string? message = null, bool erreur = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(ouverte);
        var (projet, comite, formulaire) = ouverte;
        var corps = new List<CardElement>
        {
            CardParts.Titre(textes.Format(CleTexte.CpTitre, Intitule(textes, ouverte), comite.Nom)),
            CardParts.Discret(textes.Format(CleTexte.CpEtat, projet.Etat)),
        };
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        if (projet.MotifDuRetour is { } motif && projet.EstModifiable)
        {
            corps.Add(CardParts.Paragraphe(textes.Format(CleTexte.CpRenvoyee, motif)));
        }

        var actions = new List<CardAction>();
        if (projet.EstModifiable)
        {
            if (retour is { EstSansReserve: false })
            {
                corps.Add(new TextBlock(textes[CleTexte.CpARevoir]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            }

            ChampsDeCarte.Ajouter(corps, textes, formulaire.CommeFormulaire, formulaire.Champs, projet.Champs, retour, tapees);
            actions.Add(new ActionExecute
            {
                Title = textes[CleTexte.BoutonEnregistrer], Verb = Verbes.ConventionParticuliere, Style = ActionStyle.Positive,
                Data = new DonneesDeConventionParticuliere { Convention = projet.Id.ToString(), Aller = DeplacementsDeLaConventionParticuliere.Enregistrer, Vues = ChampsDeCarte.Vues(formulaire.Champs, projet.Champs) },
            });
        }
        else
        {
            corps.Add(new FactSet([.. formulaire.Champs.Select(c => new Fact(ValeurAffichee.Libelle(c, textes.Culture), ValeurAffichee.De(c, projet.Champs.GetValueOrDefault(c.Id), formulaire.CommeFormulaire, textes.Culture)))]));
        }

        if (projet.Etat is EtatDuProjet.Brouillon or EtatDuProjet.SoumisALAvis or EtatDuProjet.AValider)
        {
            corps.Add(new InputToggle(textes[CleTexte.PlanVoteSecret]) { Id = ChampSecret, Value = "false", Separator = true });
            actions.Add(Bouton(textes[CleTexte.BoutonInscrireALOrdreDuJour], projet, DeplacementsDeLaConventionParticuliere.Inscrire));
        }

        actions.Add(new ActionOpenUrl { Title = textes[CleTexte.BoutonConsulterDocument], Url = document });
        actions.Add(new ActionExecute { Title = textes[CleTexte.BoutonRetourALaListe], Verb = Verbes.ConventionsParticulieres });
        return CardParts.Carte(corps, actions);
    }

    /// <summary>The check box asking for a secret ballot.</summary>
    public const string ChampSecret = "secret";

    private static string Intitule(Textes textes, ConventionParticuliereOuverte ouverte) => ouverte.Intitule.Length > 0 ? ouverte.Intitule : textes[CleTexte.CpSansIntitule];

    private static ActionExecute Bouton(string titre, ProjetDeConventionParticuliere projet, string aller) =>
        new() { Title = titre, Verb = Verbes.ConventionParticuliere, Data = new DonneesDeConventionParticuliere { Convention = projet.Id.ToString(), Aller = aller } };
}
