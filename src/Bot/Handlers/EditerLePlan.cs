using System.Text.Json;
using Conventions.Actions;
using Conventions.Dossiers;
using Conventions.Erreurs;
using TeamsConventions.Application.Actions;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Seances;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The action plan card's buttons: open an action to fill (a new one, or one to change), save it (kept only
/// complete, the reasons next to the fields otherwise, what was typed kept), put the plan on the agenda of the
/// committee whose channel the press came from.
/// </summary>
public sealed class EditerLePlan(ConsulterLePlan consulter, EnregistrerUneAction enregistrer, InscrireLePlan inscrire, SuivreLesActions suivre, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.PlanDActions;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        if (LectureDesDonnees.Plan(donnees) is not { Plan: var texte } demande || PlanDActionsId.Lire(texte) is not { } id || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        if (await consulter.ExecuterAsync(id, cancellationToken) is not { } ouvert)
        {
            return InvokeResponse.Erreur(StatusCodes.Status404NotFound, "plan.introuvable", t[CleTexte.PlanIntrouvable]);
        }

        try
        {
            return demande.Aller switch
            {
                DeplacementsDuPlan.Voir => InvokeResponse.Carte(PlanDActionsCard.Plan(t, ouvert)),
                DeplacementsDuPlan.Ajouter when ouvert.Plan.EstModifiable => InvokeResponse.Carte(PlanDActionsCard.Action(t, ouvert, LignesDuTableau.NouvelIdentifiant(timeProvider))),
                DeplacementsDuPlan.Modifier when ouvert.Plan.EstModifiable && demande.Ligne is { } ligne && ouvert.Plan.Action(ligne) is not null => InvokeResponse.Carte(PlanDActionsCard.Action(t, ouvert, ligne)),
                DeplacementsDuPlan.Ajouter or DeplacementsDuPlan.Modifier => Refus(t, ouvert, new RegleMetierException(CodesErreur.PlanNonModifiable, ouvert.Plan.Etat)),
                DeplacementsDuPlan.Enregistrer when demande.Ligne is { } ligne => await EnregistrerAsync(t, ouvert, ligne, demande, LectureDesDonnees.Saisies(donnees), membre, cancellationToken),
                DeplacementsDuPlan.Inscrire => await InscrireAsync(tour, ouvert, LectureDesDonnees.Saisies(donnees).GetValueOrDefault(PlanDActionsCard.ChampSecret(ouvert.Plan)) == "true", membre, cancellationToken),
                DeplacementsDuPlan.Suivre when demande.Ligne is { } ligne => await SuivreAsync(t, ouvert, ligne, LectureDesDonnees.Saisies(donnees), membre, cancellationToken),
                _ => LectureDesDonnees.CarteInvalide(t),
            };
        }
        catch (RegleMetierException erreur)
        {
            return Refus(t, await consulter.ExecuterAsync(id, cancellationToken) ?? ouvert, erreur);
        }
    }

    private async Task<InvokeResponse> EnregistrerAsync(
        Textes t, PlanOuvert ouvert, string ligne, DonneesDePlan demande, IReadOnlyDictionary<string, string> valeurs, Conventions.Membres.MembreId membre, CancellationToken cancellationToken)
    {
        var vues = demande.Vues ?? new Dictionary<string, string>();
        List<Saisie> saisies = [.. ouvert.Formulaire.Champs.Where(c => valeurs.ContainsKey(c.Id)).Select(c => new Saisie(c.Id, valeurs[c.Id], vues.GetValueOrDefault(c.Id)))];
        if (await enregistrer.ExecuterAsync(ouvert, ligne, saisies, membre, cancellationToken) is not { } enregistre)
        {
            return InvokeResponse.Erreur(StatusCodes.Status404NotFound, "plan.introuvable", t[CleTexte.PlanIntrouvable]);
        }

        if (!enregistre.Resultat.EstSansReserve)
        {
            return InvokeResponse.Carte(PlanDActionsCard.Action(t, enregistre.Plan, ligne, enregistre.Resultat, valeurs));
        }

        var intitule = enregistre.Plan.Plan.Action(ligne)?.Champs.GetValueOrDefault(ouvert.Formulaire.Intitule) ?? string.Empty;
        return InvokeResponse.Carte(PlanDActionsCard.Plan(t, enregistre.Plan, t.Format(CleTexte.PlanActionEnregistree, intitule)));
    }

    private async Task<InvokeResponse> InscrireAsync(Tour tour, PlanOuvert ouvert, bool secret, Conventions.Membres.MembreId membre, CancellationToken cancellationToken)
    {
        var t = tour.Textes;
        if (tour.Activity.ChannelData?.Team?.Id is not { } equipe)
        {
            return InvokeResponse.Carte(PlanDActionsCard.Plan(t, ouvert, t[CleTexte.PlanHorsCanal], erreur: true));
        }

        var lieu = new LieuDuComite(equipe, tour.Activity.ChannelData.Channel?.Id ?? equipe);
        if (await inscrire.ExecuterAsync(ouvert.Plan.Id, lieu, secret, membre, cancellationToken) is not { } inscription)
        {
            return InvokeResponse.Carte(PlanDActionsCard.Plan(t, ouvert, t[CleTexte.PlanComiteNonConfigure], erreur: true));
        }

        var apres = await consulter.ExecuterAsync(ouvert.Plan.Id, cancellationToken) ?? ouvert;
        return InvokeResponse.Carte(inscription.Issue switch
        {
            IssueDeLInscription.Inscrit => PlanDActionsCard.Plan(t, apres, t.Format(CleTexte.PlanInscrit, inscription.Comite.Nom, inscription.Scrutin.Echeance)),
            IssueDeLInscription.VoteNonPublie => PlanDActionsCard.Plan(t, apres, t[CleTexte.PlanVoteNonPublie], erreur: true),
            _ => PlanDActionsCard.Plan(t, apres, t.Format(CleTexte.PlanDejaInscrit, inscription.Comite.Nom)),
        });
    }

    /// <summary>R12: the owner says where their action stands; the card of their actions comes back, with what was recorded or why not.</summary>
    private async Task<InvokeResponse> SuivreAsync(Textes t, PlanOuvert ouvert, string ligne, IReadOnlyDictionary<string, string> valeurs, Conventions.Membres.MembreId membre, CancellationToken cancellationToken)
    {
        var cle = MesActionsCard.Cle(ouvert.Plan.Id.ToString(), ligne);
        if (!Enum.TryParse<Conventions.Comites.EtatDeLAction>(valeurs.GetValueOrDefault(MesActionsCard.PrefixeEtat + cle), out var etat) || !Enum.IsDefined(etat))
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        string message;
        var erreur = false;
        try
        {
            var suivi = await suivre.MettreAJourAsync(ouvert.Plan.Id, ligne, etat, valeurs.GetValueOrDefault(MesActionsCard.PrefixeNote + cle), membre, cancellationToken);
            message = t.Format(CleTexte.MesActionsEnregistre, suivi?.Action(ligne)?.Champs.GetValueOrDefault(ouvert.Formulaire.Intitule) ?? ligne, etat);
        }
        catch (RegleMetierException refus)
        {
            (message, erreur) = (t.Erreur(refus), true);
        }

        return InvokeResponse.Carte(MesActionsCard.Composer(t, await suivre.MesActionsAsync(membre, cancellationToken), message, erreur));
    }

    private static InvokeResponse Refus(Textes t, PlanOuvert ouvert, RegleMetierException erreur) =>
        InvokeResponse.Carte(PlanDActionsCard.Plan(t, ouvert, t.Erreur(erreur), erreur: true));
}
