using Conventions.Dossiers;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>"Nouveau dossier": the calls open now, each with its closing time and a button to start.</summary>
public static class AppelsCard
{
    public static AdaptiveCard Composer(Textes textes, IReadOnlyList<AppelAProjets> ouverts, AppelAProjets? prochain)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(ouverts);
        var corps = new List<CardElement> { CardParts.Titre(textes[CleTexte.AppelsTitre]) };
        if (ouverts.Count == 0)
        {
            corps.Add(CardParts.Paragraphe(textes[CleTexte.AppelsAucun]));
            if (prochain is not null)
            {
                corps.Add(CardParts.Discret(textes.Format(CleTexte.AppelsProchain, prochain.Titre, prochain.Ouverture)));
            }

            return CardParts.Carte(corps, [CardParts.BoutonMesElements(textes)]);
        }

        corps.Add(CardParts.Paragraphe(textes[CleTexte.AppelsIntro]));
        corps.AddRange(ouverts.Select(appel => new Container(
        [
            new TextBlock(appel.Titre) { Weight = TextWeight.Bolder },
            CardParts.Discret(textes.Format(CleTexte.AppelsCloture, appel.Cloture)),
            new ActionSet([DossierCardParts.Bouton(textes[CleTexte.BoutonCommencerDossier], Verbes.CreerDossier, new DonneesDeDossier { Appel = appel.Id }, ActionStyle.Positive)]),
        ])
        { Separator = true }));
        return CardParts.Carte(corps);
    }
}
