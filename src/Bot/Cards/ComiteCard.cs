using Conventions.Catalogue;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Cards;

/// <summary>Setting up a channel's committee: which statutes, and each team member's seat.</summary>
public static class ComiteCard
{
    public const string ChampStatuts = "statuts";
    public const string PrefixeSiege = "siege-";
    public const string AucunSiege = "aucun";

    public static AdaptiveCard Configuration(Textes textes, CatalogueDesConventions catalogue, IReadOnlyList<TeamsMember> membres, IReadOnlyDictionary<string, string>? choix = null, string? erreur = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(membres);
        var corps = new List<CardElement> { CardParts.Titre(textes[CleTexte.ComiteTitre]) };
        if (erreur is not null)
        {
            corps.Add(new Container([new TextBlock(erreur) { Color = TextColor.Attention }]) { Style = ContainerStyle.Attention });
        }

        corps.Add(CardParts.Paragraphe(textes[CleTexte.ComiteIntro]));
        corps.Add(new InputChoiceSet([.. catalogue.Comites.Values.Select(s => new Choice(s.Intitule, s.Code))])
        {
            Id = ChampStatuts,
            Label = textes[CleTexte.ComiteStatuts],
            Value = choix?.GetValueOrDefault(ChampStatuts) ?? catalogue.Comites.Keys.Order(StringComparer.Ordinal).Last(),
            IsRequired = true,
            ErrorMessage = textes[CleTexte.ComiteStatutsRequis],
        });
        var sieges = Sieges(textes, catalogue);
        corps.AddRange(membres.Where(m => m.AadObjectId is not null).Select(m => new InputChoiceSet(sieges)
        {
            Id = PrefixeSiege + m.AadObjectId,
            Label = textes.Format(CleTexte.ComiteSiege, m.Name ?? m.Id ?? string.Empty),
            Value = choix?.GetValueOrDefault(PrefixeSiege + m.AadObjectId) ?? AucunSiege,
        }));
        return CardParts.Carte(corps, [new ActionExecute { Title = textes[CleTexte.BoutonConfigurerComite], Verb = Verbes.ConfigurerComite, Style = ActionStyle.Positive }]);
    }

    public static AdaptiveCard Message(string texte) => CardParts.Carte([CardParts.Paragraphe(texte)]);

    private static List<Choice> Sieges(Textes textes, CatalogueDesConventions catalogue)
    {
        var votants = catalogue.Comites.Values.SelectMany(s => s.Sieges.Select(x => x.Cote)).Distinct(StringComparer.Ordinal);
        var invites = catalogue.Comites.Values.SelectMany(s => s.InvitesPermanents ?? []).Distinct(StringComparer.Ordinal);
        return
        [
            new Choice(textes[CleTexte.ComitePasMembre], AucunSiege),
            .. votants.Select(c => new Choice(textes["Cote." + c], c)),
            .. invites.Select(c => new Choice(textes.Format(CleTexte.ComiteInvite, textes["Cote." + c]), c)),
        ];
    }
}
