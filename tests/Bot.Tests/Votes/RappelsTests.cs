using System.Text.Json.Nodes;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Membres;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Votes;

[Collection(AzuriteGroupe.Nom)]
public sealed class RappelsTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
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
        var scrutin = await OuvrirEtPublierAsync(bot, Canal, Scrutin.Ouvrir(ScrutinId.Nouveau(), comite, new ObjetDuVote(NatureDeLObjet.PlanDActions, "P-1", "Plan d'actions 2027", "sha256:plan"), false, DateTimeOffset.UtcNow.AddHours(2), LeSecretariat, DateTimeOffset.UtcNow));

        await bot.Services.GetRequiredService<ScrutinsStockes>().VoterAsync(scrutin.Id, Membre(2), Choix.Pour, DateTimeOffset.UtcNow, CancellationToken.None);
        Canal.Oublier();
        await using var travaux = await DemarrerBotAsync(c => { c["Storage:TablePrefix"] = Bot.TablePrefix; c["Bot:IntervalleDesTravauxEnSecondes"] = "1"; c["Bot:RappelAvantEcheanceEnHeures"] = "24"; });

        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Body.Contains("pas pu recevoir le rappel", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(3));

        var rappels = Canal.Requetes.Where(r => r.Method == "POST" && r.Body.Contains("Rappel\\u00A0: le vote sur", StringComparison.Ordinal)).ToList();
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
