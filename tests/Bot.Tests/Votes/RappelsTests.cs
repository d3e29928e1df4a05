using System.Text.Json.Nodes;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Votes;

/// <summary>The reminders job, on a <see cref="FakeTimeProvider"/>: its rounds happen when the test moves the clock on.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class RappelsTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private static readonly TimeSpan Tic = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _horloge = new(DateTimeOffset.UtcNow);

    protected override void ConfigurerServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_horloge);

    protected override void Configurer(Dictionary<string, string?> reglages) => reglages["Bot:RappelAvantEcheanceEnHeures"] = "24";

    [Fact]
    public async Task BeforeTheDeadline_NonVotersGetABallotOnce_UnreachableOnesAreNamedToTheSecretariat()
    {
        var bot = Bot;
        foreach (var membre in new[] { 1, 101 })
        {
            var bonjour = Activities.Message(Canal.ServiceUrl, "aide");
            bonjour["from"] = new JsonObject { ["id"] = $"29:membre-{membre}", ["aadObjectId"] = Membre(membre).ToString() };
            bonjour["conversation"]!["id"] = $"a:personnel-{membre}";
            await bot.EnvoyerAsync(bonjour, JetonValide());
        }

        var comite = ComiteDeSuivi(bot.Services.GetRequiredService<CatalogueDesConventions>());
        var maintenant = _horloge.GetUtcNow();
        var scrutin = await OuvrirEtPublierAsync(bot, Canal, Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.PlanDActions, "P-1", "Plan d'actions 2027", "sha256:plan"), false, maintenant.AddHours(2), LeSecretariat, maintenant));
        var scrutins = bot.Services.GetRequiredService<ScrutinsStockes>();
        await scrutins.VoterAsync(scrutin.Id, Membre(2), Choix.Pour, maintenant, CancellationToken.None);
        Canal.Oublier();

        await Travaux.UnTourAsync(_horloge, Travaux.EcheancesDesVotes, Tic, bot);
        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Body.Contains("pas pu recevoir le rappel", StringComparison.Ordinal));
        static bool EstUnRappel(RecordedRequest r) => r.Method == "POST" && r.Body.Contains("Rappel\\u00A0: le vote sur", StringComparison.Ordinal);
        await Canal.AttendreAsync(r => EstUnRappel(r) && r.Path.Contains("personnel-1", StringComparison.Ordinal) && !r.Path.Contains("personnel-10", StringComparison.Ordinal));
        await Canal.AttendreAsync(r => EstUnRappel(r) && r.Path.Contains("personnel-101", StringComparison.Ordinal));
        Assert.True(await scrutins.RappelFaitAsync(scrutin.Id, CancellationToken.None));

        // The next round finds the reminders done: nobody gets a second one.
        await Travaux.UnTourAsync(_horloge, Travaux.EcheancesDesVotes, Tic, bot);

        var rappels = Canal.Requetes.Where(EstUnRappel).ToList();
        Assert.Equal(2, rappels.Count);
        Assert.Contains(rappels, r => r.Path.Contains("personnel-1", StringComparison.Ordinal));
        Assert.Contains(rappels, r => r.Path.Contains("personnel-101", StringComparison.Ordinal));
        Assert.All(rappels, r => Assert.Contains("Pour", r.TexteDeLaCarte, StringComparison.Ordinal));
        var texte = signalement.Json.GetProperty("text").GetString()!;
        Assert.Contains("Forem 3, Forem 4", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("Forem 2", texte, StringComparison.Ordinal);
        Assert.Single(Canal.Requetes, r => r.Body.Contains("pas pu recevoir le rappel", StringComparison.Ordinal));
    }
}
