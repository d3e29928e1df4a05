using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>The friendly answer to a message the bot did not understand, with the commands it does.</summary>
public static class IncomprisCard
{
    private const int LongueurCitee = 80;

    public static AdaptiveCard Composer(Textes textes, string? texteRecu)
    {
        ArgumentNullException.ThrowIfNull(textes);
        var recu = texteRecu?.Trim() ?? string.Empty;
        var constat = recu.Length == 0
            ? textes[CleTexte.IncomprisTexteVide]
            : textes.Format(CleTexte.IncomprisTexte, recu.Length <= LongueurCitee ? recu : recu[..LongueurCitee] + "…");
        return CardParts.Carte(
            [
                CardParts.Paragraphe(constat),
                CardParts.Paragraphe(textes[CleTexte.IncomprisSuggestion]),
                CardParts.ListeDesCommandes(textes),
            ],
            [CardParts.BoutonMesElements(textes), CardParts.BoutonAide(textes)]);
    }
}
