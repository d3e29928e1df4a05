using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// The help of a team channel: what this channel is for (a committee's votes, the analysts' desk, or nothing yet),
/// and its own commands, each written with the mention Teams needs to pass the message on.
/// </summary>
public static class AideDuCanalCard
{
    /// <summary>What the channel is for, already worded (<see cref="CleTexte.AideCanalComite"/> and its siblings).</summary>
    public static AdaptiveCard Composer(Textes textes, string nomDuBot, string role)
    {
        ArgumentNullException.ThrowIfNull(textes);
        return CardParts.Carte(
            [
                CardParts.Titre(textes[CleTexte.AideCanalTitre]),
                CardParts.Paragraphe(role),
                CardParts.Paragraphe(textes.Format(CleTexte.AideCanalIntro, nomDuBot)),
                new FactSet(
                [
                    new Fact(textes.Format(CleTexte.AideCanalCommandeComite, nomDuBot), textes[CleTexte.AideCanalDescriptionComite]),
                    new Fact(textes.Format(CleTexte.AideCanalCommandePlan, nomDuBot), textes[CleTexte.AideCanalDescriptionPlan]),
                    new Fact(textes.Format(CleTexte.AideCanalCommandeConventionsParticulieres, nomDuBot), textes[CleTexte.AideCanalDescriptionConventionsParticulieres]),
                    new Fact(textes.Format(CleTexte.AideCanalCommandeOrdreDuJour, nomDuBot), textes[CleTexte.AideCanalDescriptionOrdreDuJour]),
                    new Fact(textes.Format(CleTexte.AideCanalCommandeAide, nomDuBot), textes[CleTexte.AideCanalDescriptionAide]),
                ]),
                CardParts.Discret(textes[CleTexte.AideCanalPersonnel]),
            ],
            []);
    }
}
