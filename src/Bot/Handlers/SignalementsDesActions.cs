using Conventions.Actions;
using TeamsConventions.Application.Actions;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// R12's flag in Teams, through the outbox: the committee's secretariat gets one message naming the actions without
/// news for three months, once per lapse (an action updated and then left again is told again).
/// </summary>
public sealed class SignalementsDesActions(BoiteDEnvoi boite, TimeProvider timeProvider) : ISignalementsDesActions
{
    public Task SignalerAsync(PlanOuvert plan, IReadOnlyList<ActionDuPlan> nonAJour, DateOnly jour, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(nonAJour);
        var motif = $"actions-non-a-jour|{plan.Plan.Id}|{string.Join(',', nonAJour.Select(a => $"{a.Id}@{a.MiseAJour:yyyyMMdd}"))}";
        return boite.DeposerAsync(
            motif,
            SecretariatDuComite.Destinataires(plan.Comite, timeProvider.GetUtcNow()),
            t => Activity.Texte(t.Format(CleTexte.ActionsNonAJour, t.Format(CleTexte.PlanTitre, plan.Plan.Annee, plan.Comite.Nom), string.Join(" ; ", nonAJour.Select(a =>
                t.Format(CleTexte.ActionsNonAJourLigne, a.Champs.GetValueOrDefault(plan.Formulaire.Intitule) ?? a.Id, plan.Comite.Membre(a.Responsable)?.Nom ?? t[CleTexte.DossierEditeurSansNom], a.MiseAJour ?? jour))))),
            t => t.Format(CleTexte.ActionsNonAJourObjet, plan.Comite.Nom),
            [],
            cancellationToken);
    }
}
