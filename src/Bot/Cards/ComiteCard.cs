using Conventions.Catalogue;
using Conventions.Comites;
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
    public const int LongueurOrganisation = 80;
    public const string PrefixeBce = "bce-";

    /// <summary>« BE 0212.345.678 » with room for the spaces people type.</summary>
    public const int LongueurBce = 20;
    public const string ChampPresident = "president";
    public const string ChampVicePresident = "vicePresident";

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

    /// <summary>For each member of the team: a seat among this committee's sides and guests, the organisation they represent and its company number.</summary>
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
            // One after the other, without columns: the card stays within Teams' 28 KB for a team of thirty, and reads on a phone.
            corps.Add(new InputChoiceSet(sieges)
            {
                Id = PrefixeSiege + membre.AadObjectId,
                Label = textes.Format(CleTexte.ComiteSiege, membre.Name ?? textes[CleTexte.DossierEditeurSansNom]),
                Value = choix?.GetValueOrDefault(PrefixeSiege + membre.AadObjectId) ?? AucunSiege,
                Separator = true,
            });
            corps.Add(new InputText
            {
                Id = PrefixeOrganisation + membre.AadObjectId,
                Label = textes[CleTexte.ComiteOrganisation],
                Value = choix?.GetValueOrDefault(PrefixeOrganisation + membre.AadObjectId),
                MaxLength = LongueurOrganisation,
            });
            corps.Add(new InputText
            {
                Id = PrefixeBce + membre.AadObjectId,
                Label = textes[CleTexte.ComiteBce],
                Value = choix?.GetValueOrDefault(PrefixeBce + membre.AadObjectId),
                MaxLength = LongueurBce,
            });
        }

        return CardParts.Carte(corps, [new ActionExecute { Title = textes[CleTexte.BoutonConfigurerComite], Verb = Verbes.ConfigurerComite, Data = new Dictionary<string, string> { [ChampStatuts] = statuts.Code }, Style = ActionStyle.Positive }]);
    }

    /// <summary>The channel already hosts a committee: what it is, and a button to change its composition.</summary>
    public static AdaptiveCard Existant(Textes textes, Comite comite)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(comite);
        return CardParts.Carte(
            [CardParts.Paragraphe(textes.Format(CleTexte.ComiteDejaConfigure, comite.Nom)), CardParts.Discret(textes.Format(CleTexte.ComiteComposition, Votants(textes, comite), textes.Nombre(CleTexte.ComiteInvitesPermanentsUn, CleTexte.ComiteInvitesPermanentsPlusieurs, comite.Membres.Count(m => m.Invite))))],
            Boutons(textes, comite));
    }

    /// <summary>The committee is set up: what it is now, and what the secretariat may do next.</summary>
    public static AdaptiveCard Enregistre(Textes textes, Comite comite)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(comite);
        return CardParts.Carte([CardParts.Paragraphe(textes.Format(CleTexte.ComiteEnregistre, comite.Nom, Votants(textes, comite), textes.Nombre(CleTexte.ComiteInvitesUn, CleTexte.ComiteInvitesPlusieurs, comite.Membres.Count(m => m.Invite))))], Boutons(textes, comite));
    }

    /// <summary>President and Vice-President among the voting members (R08), the present mandate's chosen.</summary>
    public static AdaptiveCard Presidence(Textes textes, Comite comite, DateOnly aujourdhui, string? erreur = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(comite);
        var mandat = comite.Mandats.LastOrDefault(m => m.Periode.Contient(aujourdhui));
        List<Choice> votants = [.. comite.Votants.Select(m => new Choice($"{m.Nom} ({textes["Cote." + m.Cote]})", m.Membre.ToString()))];
        var corps = new List<CardElement> { CardParts.Titre(textes[CleTexte.ComitePresidence]) };
        if (erreur is not null)
        {
            corps.Add(new Container([new TextBlock(erreur) { Color = TextColor.Attention }]) { Style = ContainerStyle.Attention });
        }

        corps.Add(CardParts.Discret(textes[CleTexte.ComitePresidenceAide]));
        corps.Add(new InputChoiceSet(votants) { Id = ChampPresident, Label = textes[CleTexte.ComitePresident], Value = mandat?.President.ToString(), IsRequired = true, ErrorMessage = textes[CleTexte.ComitePresidenceIncomplete] });
        corps.Add(new InputChoiceSet(votants) { Id = ChampVicePresident, Label = textes[CleTexte.ComiteVicePresident], Value = mandat?.VicePresident?.ToString(), IsRequired = true, ErrorMessage = textes[CleTexte.ComitePresidenceIncomplete] });
        return CardParts.Carte(corps, [new ActionExecute { Title = textes[CleTexte.BoutonDesignerPresidence], Verb = Verbes.PresidenceComite, Style = ActionStyle.Positive }]);
    }

    private static List<CardAction> Boutons(Textes textes, Comite comite)
    {
        var boutons = new List<CardAction> { new ActionExecute { Title = textes[CleTexte.BoutonModifierComposition], Verb = Verbes.ConfigurerComite, Data = new Dictionary<string, string> { [ChampStatuts] = comite.Statuts.Code } } };
        if (comite.Statuts.Presidence.Type == TypeDePresidence.Tournante)
        {
            boutons.Add(new ActionExecute { Title = textes[CleTexte.BoutonDesignerPresidence], Verb = Verbes.PresidenceComite });
        }

        return boutons;
    }

    /// <summary>The choices of the seats card as they stand for a stored committee, to change them.</summary>
    public static Dictionary<string, string> Choix(Comite comite)
    {
        ArgumentNullException.ThrowIfNull(comite);
        var choix = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var membre in comite.Membres)
        {
            choix[PrefixeSiege + membre.Membre] = membre.Cote;
            choix[PrefixeOrganisation + membre.Membre] = membre.Organisation;
            if (membre.BceDeLOrganisation is { } bce)
            {
                choix[PrefixeBce + membre.Membre] = bce.ToString();
            }
        }

        return choix;
    }

    public static AdaptiveCard Message(string texte) => CardParts.Carte([CardParts.Paragraphe(texte)]);

    private static string Votants(Textes textes, Comite comite) => textes.Nombre(CleTexte.ComiteVotantsUn, CleTexte.ComiteVotantsPlusieurs, comite.Votants.Count());
}
