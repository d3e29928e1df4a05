using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;

namespace TeamsConventions.Bot.Tests.Envois;

/// <summary>
/// The outbox as people live it: a notice reaches them once, late rather than never; what can never arrive is said
/// to whoever can act. The clock is a <see cref="FakeTimeProvider"/>: retry delays pass when the test says so.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class BoiteDEnvoiTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    private static readonly Destinataire Sophie = new Destinataire.Personne(Activities.SophieObjectId, "Sophie Lambert");
    private static readonly Destinataire CanalDeLEquipe = new Destinataire.Canal(Activities.EquipeId, Activities.EquipeId, "Comité de suivi — Liège");
    private readonly FakeTimeProvider _horloge = new(DateTimeOffset.UtcNow);

    private BoiteDEnvoi Boite => Bot.Services.GetRequiredService<BoiteDEnvoi>();

    private Bot.Storage.Envois Envois => Bot.Services.GetRequiredService<Bot.Storage.Envois>();

    protected override void ConfigurerServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_horloge);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Bot.EnvoyerAsync(Activities.Message(Canal.ServiceUrl, "aide"), JetonValide());
        await Canal.AttendreAsync(r => r.Method == "POST");
        Canal.Oublier();
    }

    private Task DeposerAsync(string motif, Destinataire vers, params Destinataire[] signalerA) =>
        Boite.DeposerAsync(motif, [vers], t => Activity.Texte(t.EstAnglais ? "The dossier was sent back" : "Le dossier est renvoyé"), _ => "le renvoi du dossier", signalerA, CancellationToken.None);

    private async Task<string?> IssueAsync(string motif, Destinataire vers)
    {
        var fin = DateTime.UtcNow.AddSeconds(10);
        string? issue;
        while ((issue = await Envois.IssueAsync(BoiteDEnvoi.Cle(motif, vers), CancellationToken.None)) is null && DateTime.UtcNow < fin)
        {
            await Task.Delay(20);
        }

        return issue;
    }

    /// <summary>Moves the clock on by <paramref name="pas"/> until the notification has an outcome (the worker may be mid-round when the clock moves).</summary>
    private async Task<string?> AvancerJusquaLIssueAsync(string motif, Destinataire vers, TimeSpan pas)
    {
        var fin = DateTime.UtcNow.AddSeconds(20);
        string? issue;
        while ((issue = await Envois.IssueAsync(BoiteDEnvoi.Cle(motif, vers), CancellationToken.None)) is null && DateTime.UtcNow < fin)
        {
            _horloge.Advance(pas);
            await Task.Delay(50);
        }

        return issue;
    }

    private async Task<EnvoiEntity> EnAttenteApresAsync(string motif, Destinataire vers, int tentatives)
    {
        var fin = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < fin)
        {
            if (await Envois.EnAttenteAsync(BoiteDEnvoi.Cle(motif, vers), CancellationToken.None) is { } envoi && envoi.Tentatives >= tentatives)
            {
                return envoi;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The notification was not tried {tentatives} times.");
    }

    [Fact]
    public async Task Deposit_IsDeliveredAtOnceWithoutWaitingForTheNextTick()
    {
        await DeposerAsync("renvoi|1", Sophie);

        var envoi = await Canal.AttendreAsync(r => r.Method == "POST");

        Assert.Contains("conversation-sophie", envoi.Path, StringComparison.Ordinal);
        Assert.Equal("Le dossier est renvoyé", envoi.Json.GetProperty("text").GetString());
        Assert.Equal("Livre", await IssueAsync("renvoi|1", Sophie));
    }

    [Fact]
    public async Task SameEventDepositedTwice_IsDeliveredOnce()
    {
        await DeposerAsync("renvoi|2", Sophie);
        Assert.Equal("Livre", await IssueAsync("renvoi|2", Sophie));
        await DeposerAsync("renvoi|2", Sophie);
        await DeposerAsync("renvoi|2", Sophie);
        await Task.Delay(300);

        Assert.Single(Canal.Requetes, r => r.Method == "POST");
    }

    [Fact]
    public async Task TransientFailure_IsTriedAgainAfterItsDelay_AndDeliveredOnce()
    {
        Canal.ImposerReponse(503);
        await DeposerAsync("renvoi|3", Sophie);

        var attente = await EnAttenteApresAsync("renvoi|3", Sophie, 1);
        Assert.Contains("503", attente.DerniereErreur, StringComparison.Ordinal);
        Assert.Single(Canal.Requetes, r => r.Method == "POST");

        Assert.Equal("Livre", await AvancerJusquaLIssueAsync("renvoi|3", Sophie, LivreurDEnvois.Delai(1) + TimeSpan.FromSeconds(1)));
        Assert.Equal(2, Canal.Requetes.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task OneFailingNotification_NeverHoldsUpTheOthers()
    {
        Canal.RefuserPour(c => c.Contains("conversation-sophie", StringComparison.Ordinal), 503, """{"error":{"code":"ServiceUnavailable"}}""");
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());
        await DeposerAsync("renvoi|4", Sophie);
        await DeposerAsync("renvoi|4", CanalDeLEquipe);

        Assert.Equal("Livre", await IssueAsync("renvoi|4", CanalDeLEquipe));
        Assert.Equal(1, (await EnAttenteApresAsync("renvoi|4", Sophie, 1)).Tentatives);
    }

    [Fact]
    public async Task PermanentRefusal_IsGivenUpAndToldToWhoeverCanAct()
    {
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());
        await Canal.AttendreAsync(r => r.Method == "POST");
        Canal.Oublier();
        Canal.RefuserPour(c => c.Contains(Uri.EscapeDataString(Activities.EquipeId), StringComparison.Ordinal), 404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""");

        await DeposerAsync("renvoi|5", CanalDeLEquipe, Sophie);

        Assert.Equal("Abandonne", await IssueAsync("renvoi|5", CanalDeLEquipe));
        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("conversation-sophie", StringComparison.Ordinal));
        var texte = signalement.Json.GetProperty("text").GetString();
        Assert.Contains("«\u00a0le renvoi du dossier\u00a0» n'a pas pu être remis à Comité de suivi — Liège", texte, StringComparison.Ordinal);
        Assert.Contains("Teams refuse cette conversation", texte, StringComparison.Ordinal);
        Assert.Single(Canal.Requetes, r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(Activities.EquipeId), StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailingEveryTime_IsGivenUpAfterItsLastAttemptAndReported()
    {
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());
        await Canal.AttendreAsync(r => r.Method == "POST");
        Canal.Oublier();
        Canal.RefuserPour(c => c.Contains(Uri.EscapeDataString(Activities.EquipeId), StringComparison.Ordinal), 503, """{"error":{"code":"ServiceUnavailable"}}""");
        await DeposerAsync("renvoi|6", CanalDeLEquipe, Sophie);

        Assert.Equal("Abandonne", await AvancerJusquaLIssueAsync("renvoi|6", CanalDeLEquipe, LivreurDEnvois.DelaiMaximum));
        var signalement = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("conversation-sophie", StringComparison.Ordinal));
        Assert.Contains($"indisponible pendant {LivreurDEnvois.TentativesMaximum} tentatives", signalement.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(LivreurDEnvois.TentativesMaximum, Canal.Requetes.Count(r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(Activities.EquipeId), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ForAChannelTheBotDoesNotKnowYet_WaitsAndIsDeliveredAsSoonAsTheChannelIsKnown()
    {
        await DeposerAsync("renvoi|7", CanalDeLEquipe, Sophie);
        await Task.Delay(300);
        _horloge.Advance(LivreurDEnvois.AttenteDuCanal + TimeSpan.FromSeconds(1));
        await Task.Delay(300);
        Assert.NotNull(await Envois.EnAttenteAsync(BoiteDEnvoi.Cle("renvoi|7", CanalDeLEquipe), CancellationToken.None));
        Assert.Empty(Canal.Requetes);

        // Learning the team's channels (the bot added to the team) sends it at once, without waiting for the clock.
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());

        Assert.Equal("Livre", await IssueAsync("renvoi|7", CanalDeLEquipe));
        await Task.Delay(300);
        Assert.Single(Canal.Requetes, r => r.Method == "POST" && r.Path.Contains(Uri.EscapeDataString(Activities.EquipeId), StringComparison.Ordinal) && r.Body.Contains("Le dossier est renvoyé", StringComparison.Ordinal));
    }
}
