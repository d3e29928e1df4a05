using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>What the bot can do: every command with what it does.</summary>
public static class AideCard
{
    public static AdaptiveCard Composer(Textes textes)
    {
        ArgumentNullException.ThrowIfNull(textes);
        return CardParts.Carte(
            [
                CardParts.Titre(textes[CleTexte.AideTitre]),
                CardParts.Paragraphe(textes[CleTexte.AideIntro]),
                CardParts.ListeDesCommandes(textes),
                CardParts.Discret(textes[CleTexte.AideConfidentialite]),
            ],
            [CardParts.BoutonMesElements(textes)]);
    }
}
