using Conventions.Catalogue;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// A convention drafted in chat: the kinds one may start, and the draft's summary — what each step holds, what is
/// still required, its drafters and who to add, and the button that draws the convention up for signature.
/// </summary>
public static class ProjetDeConventionCard
{
    public const string ChampRedacteur = "redacteur";
    public const string ChampNomDuRedacteur = "nomDuRedacteur";

    public static AdaptiveCard Types(Textes textes, IReadOnlyList<TypeDeConvention> types)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(types);
        var corps = new List<CardElement> { CardParts.Titre(textes[CleTexte.NouvelleConventionTitre]), CardParts.Paragraphe(textes[CleTexte.NouvelleConventionIntro]) };
        foreach (var type in types)
        {
            corps.Add(new TextBlock(type.Intitule) { Weight = TextWeight.Bolder, Separator = true, Wrap = true });
            corps.Add(new ActionSet([new ActionExecute
            {
                Title = textes[CleTexte.BoutonCommencer], Verb = Verbes.ProjetDeConvention, Data = new DonneesDeDossier { Type = type.Code, Aller = Deplacements.Commencer },
            }]));
        }

        return CardParts.Carte(corps);
    }

    public static AdaptiveCard Recapitulatif(Textes textes, VueDuProjet vue, string? message = null, bool erreur = false, IReadOnlyDictionary<string, string>? tapees = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(vue);
        var projet = vue.Ouvert.Projet;
        var corps = new List<CardElement>(vue.Entete(textes, textes[CleTexte.ProjetDeConventionTitre]));
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        foreach (var (etape, index) in vue.Formulaire.Etapes.Select((e, i) => (e, i)))
        {
            var remplis = etape.Champs.Count(c => vue.Champs.Keys.Any(k => k == c.Id || k.StartsWith(c.Id + FormulaireDeDossier.SeparateurDeLigne, StringComparison.Ordinal)));
            corps.Add(new ColumnSet(
            [
                new Column([new TextBlock(ValeurAffichee.Titre(etape, textes.Culture)) { Weight = TextWeight.Bolder, Wrap = true }, CardParts.Discret(textes.Nombre(CleTexte.ProjetChampsRemplisUn, CleTexte.ProjetChampsRemplisPlusieurs, remplis))]),
                new Column([new ActionSet([new ActionExecute { Title = textes[CleTexte.BoutonModifier], Verb = vue.Verbe, Data = vue.Designation with { Aller = Deplacements.Etape, Vers = etape.Id } }])]) { Width = "auto" },
            ])
            { Separator = index > 0 });
        }

        var manquants = projet.Manquants(vue.Formulaire);
        corps.Add(manquants.Count == 0
            ? new TextBlock(textes[CleTexte.ProjetComplet]) { Color = TextColor.Good, Wrap = true }
            : new TextBlock(textes.Format(CleTexte.ProjetManquants, string.Join(" ; ", manquants))) { Color = TextColor.Attention, Wrap = true });

        corps.Add(CardParts.SousTitre(textes[CleTexte.ProjetRedacteurs]));
        corps.Add(CardParts.Paragraphe(string.Join(", ", projet.Redacteurs.Select(r => r.Nom))));
        corps.Add(new InputChoiceSet([]) { Id = ChampRedacteur, Label = textes[CleTexte.ProjetAjouterRedacteur], Value = tapees?.GetValueOrDefault(ChampRedacteur), ChoicesData = DataQuery.Personnes });
        corps.Add(new InputText { Id = ChampNomDuRedacteur, Label = textes[CleTexte.ConvNomAffiche], Value = tapees?.GetValueOrDefault(ChampNomDuRedacteur), MaxLength = 200 });
        corps.Add(new ActionSet([new ActionExecute { Title = textes[CleTexte.BoutonAjouterRedacteur], Verb = vue.Verbe, Data = vue.Designation with { Aller = Deplacements.AjouterRedacteur } }]));

        return CardParts.Carte(corps,
        [
            new ActionExecute { Title = textes[CleTexte.BoutonPrecedent], Verb = vue.Verbe, Data = vue.Designation with { Aller = Deplacements.Etape, Vers = vue.Formulaire.Etapes[^1].Id } },
            new ActionExecute { Title = textes[CleTexte.BoutonRedigerLaConvention], Verb = vue.Verbe, Style = ActionStyle.Positive, Data = vue.Designation with { Aller = Deplacements.Rediger } },
        ]);
    }
}
