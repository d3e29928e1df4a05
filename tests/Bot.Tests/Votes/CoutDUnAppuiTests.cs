using System.Net;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using Conventions.Catalogue;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;

namespace TeamsConventions.Bot.Tests.Votes;

/// <summary>What a vote press costs through the whole bot (token, routing, use case, card): the storage requests it makes.</summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class CoutDUnAppuiTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private readonly CompteurDeRequetes _compteur = new();

    protected override void ConfigurerServices(IServiceCollection services)
    {
        var options = new TableClientOptions();
        options.AddPolicy(_compteur, HttpPipelinePosition.PerCall);
        services.AddSingleton(new TableServiceClient(Stockage.Azurite.ConnectionString, options));
    }

    /// <summary>
    /// Each member has pressed once (the bot then knows their conversation and the vote's definition). The channel
    /// card's refresh, which a press sets off on its own and which may overlap the next press, reads the card's row
    /// and the vote's partition: those are not the press's.
    /// </summary>
    [Fact]
    public async Task Voter_OnAVoteTheBotAlreadyServes_MakesTwoStorageRequests()
    {
        var scrutin = await OuvrirEtPublierAsync(Bot, Canal, Scrutin.Ouvrir(ScrutinId.Nouveau(), ComiteDeSuivi(Bot.Services.GetRequiredService<CatalogueDesConventions>()),
            new ObjetDuVote(NatureDeLObjet.PlanDActions, "P-1", "Plan d'actions 2027", "sha256:plan"), false, DateTimeOffset.UtcNow.AddDays(7), LeSecretariat, DateTimeOffset.UtcNow));
        var membres = new[] { 1, 2, 101, 102 };
        foreach (var membre in membres)
        {
            await AppuyerAsync(membre, scrutin.Id, "Pour");
        }

        await Task.Delay(ActualisationDesVotesAttente);
        foreach (var (membre, choix) in membres.Zip(["Contre", "Abstention", "Contre", "Pour"]))
        {
            var avant = _compteur.Journal.Count;
            await AppuyerAsync(membre, scrutin.Id, choix);
            var requetes = _compteur.Journal.Skip(avant).Where(r => !r.Contains("RowKey='carte'", StringComparison.Ordinal) && !r.Contains("$filter", StringComparison.Ordinal)).ToList();
            Assert.True(requetes.Count == 2, $"the press by member {membre} made {requetes.Count} storage requests: {string.Join(" | ", requetes)}");
            await Task.Delay(ActualisationDesVotesAttente);
        }
    }

    /// <summary>The channel card's refresh, which follows a press on its own, is let finish so that it is not counted with the next press.</summary>
    private static TimeSpan ActualisationDesVotesAttente => Handlers.ActualisationDesVotes.Intervalle * 3;

    private async Task AppuyerAsync(int membre, ScrutinId scrutin, string choix)
    {
        var activite = Activities.Action(Canal.ServiceUrl, "voter", donnees: new JsonObject { ["scrutin"] = scrutin.ToString(), ["choix"] = choix });
        activite["from"] = new JsonObject { ["id"] = $"29:membre-{membre}", ["name"] = $"Membre {membre}", ["aadObjectId"] = Membre(membre).ToString() };
        Assert.Equal(HttpStatusCode.OK, (await Bot.EnvoyerAsync(activite, JetonValide())).StatusCode);
    }

    private sealed class CompteurDeRequetes : Azure.Core.Pipeline.HttpPipelineSynchronousPolicy
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Journal { get; } = new();

        public override void OnSendingRequest(HttpMessage message)
        {
            Journal.Enqueue($"{message.Request.Method} {message.Request.Uri.Path}{Uri.UnescapeDataString(message.Request.Uri.Query)}");
        }
    }
}
