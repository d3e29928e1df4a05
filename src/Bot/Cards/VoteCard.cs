using Conventions.Calendrier;
using Conventions.Membres;
using Conventions.Votes;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// A committee vote in its channel. The base card (everyone) shows the item, the rules and the live count; the
/// voting members get a personal view (their own vote) through <c>refresh.userIds</c>.
/// </summary>
public static class VoteCard
{
    public static AdaptiveCard Base(Textes textes, Scrutin scrutin, IReadOnlyList<string> votantsTeams)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(scrutin);
        var carte = CardParts.Carte(Corps(textes, scrutin, null), Boutons(textes, scrutin));
        return scrutin.EstClos || votantsTeams.Count == 0 ? carte : new AdaptiveCard
        {
            Body = carte.Body,
            Actions = carte.Actions,
            Refresh = new CardRefresh
            {
                Action = new ActionExecute { Title = textes[CleTexte.BoutonActualiser], Verb = Verbes.VoirVote, Data = new DonneesDeVote(scrutin.Id.ToString(), null) },
                UserIds = [.. votantsTeams.Take(CardRefresh.MaxUserIds)],
            },
        };
    }

    public static AdaptiveCard Personnelle(Textes textes, Scrutin scrutin, MembreId membre)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(scrutin);
        var boutons = scrutin.EstElecteur(membre) ? Boutons(textes, scrutin) : null;
        if (!scrutin.EstClos && scrutin.President == membre)
        {
            boutons = [.. boutons ?? [], new ActionExecute { Title = textes[CleTexte.BoutonCloreLeVote], Verb = Verbes.CloreLeVote, Data = new DonneesDeVote(scrutin.Id.ToString(), null) }];
        }

        return CardParts.Carte(Corps(textes, scrutin, membre), boutons);
    }

    private static List<CardElement> Corps(Textes t, Scrutin s, MembreId? membre)
    {
        var decompte = s.Decompte();
        var corps = new List<CardElement>
        {
            CardParts.Titre(t.Format(CleTexte.VoteTitre, s.Objet.Intitule)),
            new FactSet(
            [
                new Fact(t[CleTexte.VoteDocument], s.Objet.EmpreinteDocument),
                new Fact(t[CleTexte.VoteEcheance], t.Court(s.Echeance)),
            ]),
        };
        if (Uri.TryCreate(s.Objet.AdresseDuDocument, UriKind.Absolute, out var document))
        {
            corps.Add(new ActionSet([new ActionOpenUrl { Title = t[CleTexte.BoutonConsulterDocument], Url = document }]));
        }

        corps.AddRange(
        [
            CardParts.Discret(t[s.Secret ? CleTexte.VoteSecret : CleTexte.VoteRegles]),
            CardParts.SousTitre(t.Nombre(CleTexte.VoteParticipationUn, CleTexte.VoteParticipationPlusieurs, decompte.Votants, decompte.Electeurs)),
            new FactSet([.. decompte.ParticipationParCote.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new Fact(c.Key, t.Format(CleTexte.VoteParCote, c.Value, s.Electeurs.Count(e => s.CoteDe(e) == c.Key))))]),
            new TextBlock(t[decompte.QuorumAtteint ? CleTexte.VoteQuorumAtteint : CleTexte.VoteQuorumNonAtteint]) { Color = decompte.QuorumAtteint ? TextColor.Good : TextColor.Warning },
        ]);
        if (decompte.ParChoix is { } parChoix)
        {
            corps.Add(new FactSet([.. parChoix.Select(c => new Fact(Libelle(t, c.Key), c.Value.ToString(t.Culture)))]));
        }

        if (s.Resultat is { } resultat)
        {
            corps.Add(new TextBlock(t.Format(CleTexte.VoteClos, t["Vote.Decision." + resultat.Decision])) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true });
            corps.Add(CardParts.Paragraphe(Resultat(t, resultat.Pour, resultat.Contre, resultat.Abstention)));
        }
        else if (membre is { } m)
        {
            corps.Add(new TextBlock(Situation(t, s, m)) { Weight = TextWeight.Bolder, Separator = true });
        }

        return corps;
    }

    private static string Situation(Textes t, Scrutin s, MembreId membre) =>
        s.Recuses.Contains(membre) ? t[CleTexte.VoteRecuse]
        : !s.EstElecteur(membre) ? t[CleTexte.VoteObservateur]
        : s.ChoixDe(membre) is { } choix ? t.Format(CleTexte.VoteVotreVote, Libelle(t, choix))
        : s.AVote(membre) ? t.Format(CleTexte.VoteVotreVote, "✓")
        : t[CleTexte.VotePasEncoreVote];

    private static List<CardAction>? Boutons(Textes t, Scrutin s) => s.EstClos ? null :
    [
        .. Enum.GetValues<Choix>().Select(c => new ActionExecute
        {
            Title = Libelle(t, c),
            Verb = Verbes.Voter,
            Data = new DonneesDeVote(s.Id.ToString(), c.ToString()),
            Style = c switch { Choix.Pour => ActionStyle.Positive, Choix.Contre => ActionStyle.Destructive, _ => null },
        }),
    ];

    /// <summary>"8 pour, 0 contre, 1 abstention": the counts as a person writes them.</summary>
    public static string Resultat(Textes t, int pour, int contre, int abstention) =>
        t.Format(CleTexte.VoteResultat, pour, contre, t.Nombre(CleTexte.VoteAbstentionsUn, CleTexte.VoteAbstentionsPlusieurs, abstention));

    private static string Libelle(Textes t, Choix choix) => t["Vote.Choix." + choix];
}

/// <summary>What a vote card's buttons carry: which vote, which choice. Never who: identity comes from the activity.</summary>
public sealed record DonneesDeVote(string Scrutin, string? Choix);
