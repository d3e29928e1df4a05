using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Support;

/// <summary>Committees in their Teams channels, as the dossier tests need them: known to the bot, bound, voting, closed by their chair.</summary>
internal sealed class ComitesEnTeams(BotHost bot, FakeChannel canal, Func<string> jeton)
{
    /// <summary>The bot hears from a team channel, so that it can post there later.</summary>
    public async Task CanalConnuAsync(string equipe, string idDuCanal)
    {
        var activite = Activities.MessageDansLeCanal(canal.ServiceUrl, "aide");
        activite["conversation"]!["id"] = $"{idDuCanal};messageid=1";
        activite["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = BotHost.TenantId },
            ["team"] = new JsonObject { ["id"] = equipe },
            ["channel"] = new JsonObject { ["id"] = idDuCanal },
        };
        await bot.EnvoyerAsync(activite, jeton());
    }

    public async Task<Comite> LierAsync(Comite comite, string equipe, string idDuCanal)
    {
        var comites = bot.Services.GetRequiredService<ComitesStockes>();
        await comites.EnregistrerAsync(comite, null, CancellationToken.None);
        await comites.LierAuCanalAsync(equipe, idDuCanal, comite.Id, CancellationToken.None);
        return comite;
    }

    /// <summary>The analysts put the dossier's first version to the committee; the answer card.</summary>
    public Task<JsonElement> TransmettreAsync(DossierId dossier) =>
        new DossierParChat(bot, canal, jeton).AppuyerAsync("analyseDossier", new JsonObject { ["_dossier"] = dossier.ToString(), ["_version"] = 1, ["_decision"] = "transmettre" }, "analyste");

    /// <summary>The vote card appears in <paramref name="idDuCanal"/>; every elector (the voting members not recused) votes for; the chair closes.</summary>
    public async Task<ScrutinId> VoterEtCloreAsync(Comite comite, string idDuCanal)
    {
        var carte = await canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(idDuCanal), StringComparison.Ordinal) && r.Body.Contains("Consulter le document", StringComparison.Ordinal));
        var id = new ScrutinId(Guid.ParseExact(DossierParChat.Action(carte.Carte, d => d["scrutin"] is not null).Donnees["scrutin"]!.GetValue<string>(), "N"));
        var scrutins = bot.Services.GetRequiredService<ScrutinsStockes>();
        var electeurs = (await scrutins.ChargerAsync(id, CancellationToken.None) ?? throw new InvalidOperationException("The vote card names no stored vote.")).Scrutin.Electeurs;
        foreach (var membre in electeurs)
        {
            await scrutins.VoterAsync(id, membre, Choix.Pour, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        var president = comite.President(Conventions.Calendrier.Bruxelles.Jour(DateTimeOffset.UtcNow)) ?? throw new InvalidOperationException("The committee has no chair today.");
        using var scope = bot.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CloturerLeVote>().ExecuterAsync(id, president, DateTimeOffset.UtcNow, CancellationToken.None);
        return id;
    }
}
