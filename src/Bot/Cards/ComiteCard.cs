using Conventions.Catalogue;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Connector;

namespace TeamsConventions.Bot.Cards;

/// <summary>Setting up a channel's committee: first its statutes, then each team member's seat and organisation.</summary>
public static class ComiteCard
{
    public const string ChampStatuts = "statuts";
    public const string PrefixeSiege = "siege-";
    public const string AucunSiege = "aucun";
    public const string PrefixeOrganisation = "organisation-";
    public const int LongueurOrganisation = 120;

    public static AdaptiveCard Statuts(Textes textes, CatalogueDesConventions catalogue)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(catalogue);
        return CardParts.Carte(
            [
                CardParts.Titre(textes[CleTexte.ComiteTitre]),
                CardParts.Paragraphe(textes[CleTexte.ComiteIntro]),
                new InputChoiceSet([.. catalogue.Comites.Values.Select(s => new Choice(s.Intitule, s.Code))])
                {
                    Id = ChampStatuts,
                    Label = textes[CleTexte.ComiteStatuts],
                    Value = catalogue.Comites.Keys.Order(StringComparer.Ordinal).Last(),
                    IsRequired = true,
                    ErrorMessage = textes[CleTexte.ComiteStatutsRequis],
                },
            ],
            [new ActionExecute { Title = textes[CleTexte.BoutonContinuer], Verb = Verbes.ConfigurerComite, Style = ActionStyle.Positive }]);
    }

    /// <summary>A seat among this committee's sides and guests, and an organisation, for each member of the team.</summary>
    public static AdaptiveCard Sieges(Textes textes, StatutsDeComite statuts, IReadOnlyList<TeamsMember> membres, IReadOnlyDictionary<string, string>? choix = null, string? erreur = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(statuts);
        ArgumentNullException.ThrowIfNull(membres);
        var corps = new List<CardElement> { CardParts.Titre(statuts.Intitule) };
        if (erreur is not null)
        {
            corps.Add(new Container([new TextBlock(erreur) { Color = TextColor.Attention }]) { Style = ContainerStyle.Attention });
        }

        corps.Add(CardParts.Discret(textes[CleTexte.ComiteOrganisationAide]));
        List<Choice> sieges =
        [
            new Choice(textes[CleTexte.ComitePasMembre], AucunSiege),
            .. statuts.Sieges.Select(s => new Choice(textes["Cote." + s.Cote], s.Cote)),
            .. (statuts.InvitesPermanents ?? []).Select(c => new Choice(textes.Format(CleTexte.ComiteInvite, textes["Cote." + c]), c)),
        ];
        foreach (var membre in membres.Where(m => m.AadObjectId is not null))
        {
            corps.Add(new ColumnSet(
            [
                new Column([new InputChoiceSet(sieges)
                {
                    Id = PrefixeSiege + membre.AadObjectId,
                    Label = textes.Format(CleTexte.ComiteSiege, membre.Name ?? membre.Id ?? string.Empty),
                    Value = choix?.GetValueOrDefault(PrefixeSiege + membre.AadObjectId) ?? AucunSiege,
                }]),
                new Column([new InputText
                {
                    Id = PrefixeOrganisation + membre.AadObjectId,
                    Label = textes[CleTexte.ComiteOrganisation],
                    Value = choix?.GetValueOrDefault(PrefixeOrganisation + membre.AadObjectId),
                    MaxLength = LongueurOrganisation,
                }]),
            ]));
        }

        return CardParts.Carte(corps, [new ActionExecute { Title = textes[CleTexte.BoutonConfigurerComite], Verb = Verbes.ConfigurerComite, Data = new Dictionary<string, string> { [ChampStatuts] = statuts.Code }, Style = ActionStyle.Positive }]);
    }

    public static AdaptiveCard Message(string texte) => CardParts.Carte([CardParts.Paragraphe(texte)]);
}
