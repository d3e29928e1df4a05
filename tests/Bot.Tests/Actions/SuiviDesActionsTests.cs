using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Actions;
using Conventions.Catalogue;
using Conventions.Comites;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Actions;

/// <summary>
/// R12 in Teams, on a <see cref="FakeTimeProvider"/>: each action's owner updates it from « mes actions », nobody
/// else can; an action left three months is flagged to the committee's secretariat (its President, R10), once.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class SuiviDesActionsTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private readonly FakeTimeProvider _horloge = new(DateTimeOffset.UtcNow);
    private PlanDActions _plan = null!;

    protected override void ConfigurerServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_horloge);

    private string Jeton() => TokenFactory.Emettre(Canal.Jetons.Teams, TokenFactory.BotFrameworkIssuer, BotHost.AppId, Canal.ServiceUrl, _horloge.GetUtcNow().UtcDateTime.AddMinutes(30));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var catalogue = Bot.Services.GetRequiredService<CatalogueDesConventions>();
        var suivi = DonneesDeVote.ComiteDeSuivi(catalogue);
        suivi.DesignerPresidence(Membre(1), Membre(101), Conventions.Calendrier.Bruxelles.Jour(_horloge.GetUtcNow()), LeSecretariat, _horloge.GetUtcNow());
        await new ComitesEnTeams(Bot, Canal, Jeton).LierAsync(suivi, Activities.EquipeId, Activities.CanalVotes);
        var jour = Conventions.Calendrier.Bruxelles.Jour(_horloge.GetUtcNow());
        _plan = PlanDActions.Restaurer(PlanDActionsId.Nouveau(), "plan-d-actions", suivi.Id, jour.Year, false, EtatDuProjet.Valide, 1, "sha256:plan", null,
        [
            new ActionDuPlan("a1", new Dictionary<string, string> { ["action.intitule"] = "Job coaching des moins de 25 ans" }, Membre(2), EtatDeLAction.Prevue, jour, null),
            new ActionDuPlan("a2", new Dictionary<string, string> { ["action.intitule"] = "Ateliers numériques" }, Membre(102), EtatDeLAction.Prevue, jour, null),
        ]);
        await Bot.Services.GetRequiredService<PlansStockes>().CreerAsync(_plan, CancellationToken.None);
        foreach (var membre in new[] { 1, 2, 102 })
        {
            await EcrireAsync(membre, "aide");
        }
    }

    /// <summary>Member <paramref name="membre"/> writes to the bot in their personal chat; the card it answers.</summary>
    private async Task<JsonElement> EcrireAsync(int membre, string texte)
    {
        Canal.Oublier();
        var activite = Activities.Message(Canal.ServiceUrl, texte, userId: $"29:membre-{membre}", objectId: Membre(membre).ToString());
        activite["conversation"]!["id"] = $"a:personnel-{membre}";
        await Bot.EnvoyerAsync(activite, Jeton());
        return (await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains($"personnel-{membre}", StringComparison.Ordinal))).Carte;
    }

    private async Task<JsonElement> MettreAJourAsync(int membre, string action, string etat, string note)
    {
        var cle = $"{_plan.Id}-{action}";
        var donnees = new JsonObject { ["_plan"] = _plan.Id.ToString(), ["_aller"] = "suivre", ["_ligne"] = action, [$"etat-{cle}"] = etat, [$"note-{cle}"] = note };
        var activite = Activities.Action(Canal.ServiceUrl, "planDActions", donnees: donnees);
        activite["from"] = new JsonObject { ["id"] = $"29:membre-{membre}", ["aadObjectId"] = Membre(membre).ToString() };
        return Carte(JsonDocument.Parse(await (await Bot.EnvoyerAsync(activite, Jeton())).Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task MesActions_TheOwnerUpdatesHerAction_SomeoneElseCannot_AndTheOneLeftThreeMonthsIsFlaggedOnce()
    {
        var mesActions = CarteJson.Texte(await EcrireAsync(2, "mes actions"));
        Assert.Contains($"Job coaching des moins de 25 ans — Plan d'actions {_plan.Annee} — Comité de suivi — Liège", mesActions, StringComparison.Ordinal);
        Assert.DoesNotContain("Ateliers numériques", mesActions, StringComparison.Ordinal);

        var refus = CarteJson.Texte(await MettreAJourAsync(102, "a1", "Realisee", "Fini !"));
        Assert.Contains("Seul le ou la responsable de cette action en met l'état à jour.", refus, StringComparison.Ordinal);

        _horloge.Advance(TimeSpan.FromDays(60));
        var fait = CarteJson.Texte(await MettreAJourAsync(2, "a1", "EnCours", "Douze jeunes accompagnés."));
        Assert.Contains("«\u00a0Job coaching des moins de 25 ans\u00a0»\u00a0: en cours, enregistré.", fait, StringComparison.Ordinal);
        Assert.Contains("Douze jeunes accompagnés.", fait, StringComparison.Ordinal);
        var journal = await Bot.Services.GetRequiredService<PlansStockes>().JournalAsync(_plan.Id.ToString(), CancellationToken.None);
        Assert.Single(journal, e => e.Action == "plan.action-suivie" && e.Acteur == Membre(2).ToString());

        // A month and a bit later: « Ateliers numériques » has had no news for three months, « Job coaching » has.
        Canal.Oublier();
        await Travaux.UnTourAsync(_horloge, "actions-non-a-jour", TimeSpan.FromDays(33), Bot);
        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-1", StringComparison.Ordinal) && r.Body.Contains("sans nouvelles", StringComparison.Ordinal));
        var texte = signalement.Json.GetProperty("text").GetString() ?? string.Empty;
        Assert.Contains("Ateliers numériques (responsable\u00a0: CPAS 102", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("Job coaching", texte, StringComparison.Ordinal);

        await Travaux.UnTourAsync(_horloge, "actions-non-a-jour", TimeSpan.FromMinutes(1), Bot);
        Assert.Single(Canal.Requetes, r => r.Body.Contains("sans nouvelles", StringComparison.Ordinal));
    }
}
