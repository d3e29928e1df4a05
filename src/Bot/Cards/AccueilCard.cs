using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>Sent once when the bot is installed: in a personal chat, or in a team's channel.</summary>
public static class AccueilCard
{
    public static AdaptiveCard Composer(Textes textes, bool dansUneEquipe, string nomDuBot = "TeamsConventions")
    {
        ArgumentNullException.ThrowIfNull(textes);
        return CardParts.Carte(
            [
                CardParts.Titre(textes[CleTexte.AccueilTitre]),
                CardParts.Paragraphe(textes[dansUneEquipe ? CleTexte.AccueilIntroEquipe : CleTexte.AccueilIntro]),
                CardParts.Discret(dansUneEquipe ? textes.Format(CleTexte.AccueilSuiteEquipe, nomDuBot) : textes[CleTexte.AccueilSuite]),
            ],
            dansUneEquipe ? [CardParts.BoutonAide(textes)] : [CardParts.BoutonNouveauDossier(textes), CardParts.BoutonMesElements(textes), CardParts.BoutonAide(textes)]);
    }
}
