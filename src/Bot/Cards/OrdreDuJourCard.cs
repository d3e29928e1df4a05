using Conventions.Calendrier;
using Conventions.Seances;
using Conventions.Votes;
using TeamsConventions.Application.Seances;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// A committee's agenda: its next meeting (or the form to plan one), the items on it with their votes, what may be put
/// on it — each with its secret-ballot box and its button — and the past meetings whose minutes are to write; and the
/// card of a meeting's minutes, its decisions and the secretariat's notes.
/// </summary>
public static class OrdreDuJourCard
{
    public static AdaptiveCard Composer(Textes textes, OrdreDuJour ordre, DateTimeOffset maintenant, string? message = null, bool erreur = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(ordre);
        var corps = new List<CardElement> { CardParts.Titre(textes.Format(CleTexte.OdjTitre, ordre.Comite.Nom)) };
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        if (ordre.Prochaine is { } seance)
        {
            corps.Add(CardParts.SousTitre(textes.Format(seance.Mode == ModeDeSeance.Reunion ? CleTexte.OdjReunion : CleTexte.OdjProcedureEcrite, seance.Date)));
            if (seance.Mode == ModeDeSeance.Reunion)
            {
                corps.Add(CardParts.Discret(textes.Format(CleTexte.OdjVotesJusquA, seance.EcheanceDesVotes)));
            }

            if (ordre.Points.Count == 0)
            {
                corps.Add(CardParts.Paragraphe(textes[CleTexte.OdjAucunPoint]));
            }

            foreach (var (point, i) in ordre.Points.Select((p, i) => (p, i + 1)))
            {
                corps.Add(new TextBlock(textes.Format(CleTexte.OdjPoint, i, Intitule(textes, point.Point.Nature, point.Point.Intitule))) { Weight = TextWeight.Bolder, Separator = true });
                var etat = point.Scrutin switch
                {
                    { Resultat: { } resultat } => textes.Format(CleTexte.OdjVoteClos, resultat.Decision),
                    { } ouvert => textes.Format(CleTexte.OdjVoteOuvert, ouvert.Echeance),
                    null => string.Empty,
                };
                corps.Add(CardParts.Discret(point.Point.Secret ? $"{etat} · {textes[CleTexte.OdjVoteSecret]}" : etat));
                corps.Add(new ActionSet([new ActionExecute { Title = textes[CleTexte.BoutonVoirLeVote], Verb = Verbes.VoirVote, Data = new DonneesDeVote(point.Point.Scrutin.ToString(), null) }]));
            }
        }
        else
        {
            corps.Add(CardParts.Paragraphe(textes[CleTexte.OdjAucuneSeance]));
            Planifier(textes, corps, maintenant);
        }

        corps.Add(CardParts.SousTitre(textes[CleTexte.OdjAInscrireTitre]));
        if (ordre.AInscrire.Count == 0)
        {
            corps.Add(CardParts.Paragraphe(textes[CleTexte.OdjRienAInscrire]));
        }

        foreach (var propose in ordre.AInscrire.Take(Seance.PointsMaximum))
        {
            var seanceDuCompteRendu = propose.Nature == NatureDeLObjet.CompteRendu ? ordre.ComptesRendusARediger.FirstOrDefault(s => s.Id.ToString() == propose.Reference) : null;
            var intitule = seanceDuCompteRendu is null ? Intitule(textes, propose.Nature, propose.Intitule) : textes.Format(CleTexte.OdjCompteRenduDe, Bruxelles.Jour(seanceDuCompteRendu.Date));
            corps.Add(new TextBlock(intitule) { Separator = true });
            if (propose.Nature != NatureDeLObjet.Dossier)
            {
                corps.Add(new InputToggle(textes[CleTexte.PlanVoteSecret]) { Id = ChampSecret(propose.Reference), Value = "false" });
            }

            corps.Add(new ActionSet([new ActionExecute
            {
                Title = textes[CleTexte.BoutonInscrireALOrdreDuJour], Verb = Verbes.OrdreDuJour, Style = ActionStyle.Positive,
                Data = new DonneesDOrdreDuJour { Aller = DeplacementsDeLOrdreDuJour.Inscrire, Nature = propose.Nature.ToString(), Reference = propose.Reference },
            }]));
        }

        if (ordre.ComptesRendusARediger.Count > 0)
        {
            corps.Add(CardParts.SousTitre(textes[CleTexte.OdjARedigerTitre]));
            foreach (var passee in ordre.ComptesRendusARediger)
            {
                corps.Add(new TextBlock(textes.Format(CleTexte.OdjCompteRenduEtat, Bruxelles.Jour(passee.Date), passee.CompteRendu)) { Separator = true });
                if (passee.CompteRendu is EtatDuCompteRendu.Absent or EtatDuCompteRendu.Redige)
                {
                    corps.Add(new ActionSet([new ActionExecute
                    {
                        Title = textes[CleTexte.BoutonRedigerCompteRendu], Verb = Verbes.OrdreDuJour,
                        Data = new DonneesDOrdreDuJour { Aller = DeplacementsDeLOrdreDuJour.CompteRendu, Reference = passee.Id.ToString() },
                    }]));
                }
            }
        }

        return CardParts.Carte(corps);
    }

    /// <summary>The minutes of a past meeting: each item's decision as its vote recorded it (or still under way), the notes (<paramref name="notes"/>: as stored, or as typed when a save was refused), the document.</summary>
    public static AdaptiveCard CompteRendu(
        Textes textes, Conventions.Comites.Comite comite, Seance seance, IReadOnlyList<(PointDeLOrdreDuJour Point, ResultatDuScrutin? Resultat)> points, string? notes, Uri? document, string? message = null, bool erreur = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(comite);
        ArgumentNullException.ThrowIfNull(seance);
        ArgumentNullException.ThrowIfNull(points);
        var corps = new List<CardElement> { CardParts.Titre(textes.Format(CleTexte.OdjCompteRenduTitre, Bruxelles.Jour(seance.Date), comite.Nom)) };
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        if (seance.MotifDuRetour is { } motif && seance.CompteRendu == EtatDuCompteRendu.Redige)
        {
            corps.Add(CardParts.Paragraphe(textes.Format(CleTexte.OdjCompteRenduRenvoye, motif)));
        }

        foreach (var (point, resultat) in points)
        {
            var intitule = Intitule(textes, point.Nature, point.Intitule);
            corps.Add(new TextBlock(resultat is null
                ? textes.Format(CleTexte.OdjDecisionEnAttente, intitule)
                : textes.Format(CleTexte.OdjDecision, intitule, resultat.Decision, resultat.Pour, resultat.Contre, resultat.Abstention)) { Separator = true });
        }

        corps.Add(new InputText { Id = DeplacementsDeLOrdreDuJour.ChampNotes, Label = textes[CleTexte.OdjNotes], Value = notes, IsMultiline = true, MaxLength = Seance.LongueurDesNotes });
        var actions = new List<CardAction>
        {
            new ActionExecute
            {
                Title = textes[CleTexte.BoutonEnregistrerCompteRendu], Verb = Verbes.OrdreDuJour, Style = ActionStyle.Positive,
                Data = new DonneesDOrdreDuJour { Aller = DeplacementsDeLOrdreDuJour.EnregistrerCompteRendu, Reference = seance.Id.ToString() },
            },
        };
        if (document is not null)
        {
            actions.Add(new ActionOpenUrl { Title = textes[CleTexte.BoutonConsulterDocument], Url = document });
        }

        actions.Add(new ActionExecute { Title = textes[CleTexte.BoutonRetourOrdreDuJour], Verb = Verbes.Agenda });
        return CardParts.Carte(corps, actions);
    }

    /// <summary>The check box asking for a secret ballot, one per item on a card that lists several.</summary>
    public static string ChampSecret(string reference) => $"secret-{reference}";

    private static void Planifier(Textes textes, List<CardElement> corps, DateTimeOffset maintenant)
    {
        corps.Add(CardParts.SousTitre(textes[CleTexte.OdjPlanifierTitre]));
        corps.Add(new InputDate { Id = DeplacementsDeLOrdreDuJour.ChampDate, Label = textes[CleTexte.OdjDate], Min = Bruxelles.Jour(maintenant).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        corps.Add(new InputTime { Id = DeplacementsDeLOrdreDuJour.ChampHeure, Label = textes[CleTexte.OdjHeure], Value = "14:00" });
        corps.Add(new InputChoiceSet([new Choice(textes[CleTexte.OdjModeReunion], nameof(ModeDeSeance.Reunion)), new Choice(textes[CleTexte.OdjModeProcedureEcrite], nameof(ModeDeSeance.ProcedureEcrite))])
        {
            Id = DeplacementsDeLOrdreDuJour.ChampMode, Label = textes[CleTexte.OdjMode], Value = nameof(ModeDeSeance.Reunion), Style = "expanded",
        });
        corps.Add(new ActionSet([new ActionExecute { Title = textes[CleTexte.BoutonPlanifier], Verb = Verbes.OrdreDuJour, Data = new DonneesDOrdreDuJour { Aller = DeplacementsDeLOrdreDuJour.Planifier } }]));
    }

    private static string Intitule(Textes textes, NatureDeLObjet nature, string intitule) => nature == NatureDeLObjet.Dossier ? textes.Format(CleTexte.OdjDossier, intitule) : intitule;
}
