using Conventions.Accords;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>On a convention in force: report a dysfunction (R27) or open a dispute (R33), for a party the person speaks for.</summary>
public static class SignalementCard
{
    public const string ChampPartie = "signalement-partie";
    public const string ChampTexte = "signalement-texte";

    public static void Ajouter(List<CardElement> corps, Textes textes, Convention convention, IReadOnlyList<string> parties, IReadOnlyDictionary<string, string>? tapees)
    {
        ArgumentNullException.ThrowIfNull(corps);
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(parties);
        if (convention.DateDeSignature is null || parties.Count == 0)
        {
            return;
        }

        corps.Add(new TextBlock(textes[CleTexte.SignalementTitre]) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true });
        corps.Add(CardParts.Discret(textes[CleTexte.SignalementIntro]));
        corps.Add(new InputChoiceSet([.. parties.Select(p => new Choice(p, p))])
        {
            Id = ChampPartie, Label = textes[CleTexte.SignalementPartie], Value = tapees?.GetValueOrDefault(ChampPartie) ?? parties[0], Style = "compact",
        });
        corps.Add(new InputText { Id = ChampTexte, Label = textes[CleTexte.SignalementTexte], Value = tapees?.GetValueOrDefault(ChampTexte), IsMultiline = true, MaxLength = 2000 });
        corps.Add(new ActionSet(
        [
            new ActionExecute { Title = textes[CleTexte.BoutonSignalerDysfonctionnement], Verb = Verbes.Convention, Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Dysfonctionnement } },
            new ActionExecute { Title = textes[CleTexte.BoutonOuvrirLitige], Verb = Verbes.Convention, Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Litige } },
        ]));
    }
}
