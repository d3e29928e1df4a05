using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DonneesDeVote;

namespace TeamsConventions.Bot.Tests.Votes;

[Collection(AzuriteGroupe.Nom)]
public sealed class ConfigurationDuComiteTests(AzuriteFixture azurite) : BotTestBase(azurite)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var i in Enumerable.Range(1, 5).Concat(Enumerable.Range(101, 4)).Append(70))
        {
            Canal.Membres.Add(new { id = $"29:membre-{i}", name = i switch { 70 => "Thomas Leclercq", < 100 => $"Forem {i}", _ => $"CPAS {i}" }, aadObjectId = Membre(i).ToString() });
        }
    }

    /// <summary>The seats card as pressed: each member's organisation and its company number (the Forem's, CPAS n's own, none for the guest) unless told otherwise.</summary>
    private JsonObject Soumission(Dictionary<string, string> sieges, string statuts = "comite-suivi", bool organisations = true, Dictionary<string, string>? bces = null)
    {
        var donnees = new JsonObject { ["statuts"] = statuts };
        foreach (var (membre, siege) in sieges)
        {
            donnees[$"siege-{membre}"] = siege;
            donnees[$"organisation-{membre}"] = organisations ? siege switch { "Forem" => "Forem", "Mire" => "MIRE Liège", _ => $"CPAS {membre[^3..]}" } : " ";
            donnees[$"bce-{membre}"] = bces?.GetValueOrDefault(membre) ?? siege switch { "Forem" => BceDuForem.ToString(), "Mire" => string.Empty, _ => Bce(int.Parse(membre[^3..], System.Globalization.CultureInfo.InvariantCulture)).ToString() };
        }

        return DansLeCanal(Activities.Action(Canal.ServiceUrl, "configurerComite", donnees: donnees));
    }

    private static JsonObject DansLeCanal(JsonObject activite)
    {
        activite["conversation"] = new JsonObject { ["id"] = $"{Activities.CanalVotes};messageid=1", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = BotHost.TenantId };
        activite["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = BotHost.TenantId },
            ["team"] = new JsonObject { ["id"] = Activities.EquipeId, ["name"] = "Comité de suivi — Liège" },
            ["channel"] = new JsonObject { ["id"] = Activities.CanalVotes },
        };
        return activite;
    }

    private static Dictionary<string, string> Sieges(int forem) =>
        Enumerable.Range(1, forem).Select(i => (Membre(i).ToString(), "Forem"))
            .Concat(Enumerable.Range(101, 4).Select(i => (Membre(i).ToString(), "Cpas")))
            .Append((Membre(70).ToString(), "Mire"))
            .ToDictionary(s => s.Item1, s => s.Item2);

    private async Task<JsonElement> SoumettreAsync(JsonObject activite) =>
        JsonDocument.Parse(await (await Bot.EnvoyerAsync(activite, JetonValide())).Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Comite_InAChannel_AsksForTheStatutesThenShowsEveryTeamMemberWithTheirSeatsToChoose()
    {
        await Bot.EnvoyerAsync(Activities.MessageDansLeCanal(Canal.ServiceUrl, "comité"), JetonValide());
        var statuts = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Contains("Comité de suivi", statuts.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.DoesNotContain("Siège de", statuts.TexteDeLaCarte, StringComparison.Ordinal);

        var sieges = (await SoumettreAsync(Soumission([]))).GetProperty("value");

        var texte = CarteJson.Texte(sieges);
        Assert.Contains("Siège de Thomas Leclercq", texte, StringComparison.Ordinal);
        Assert.Contains("Siège de CPAS 104", texte, StringComparison.Ordinal);
        Assert.Contains("MIRE (invité permanent, sans voix)", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("Ministre", texte, StringComparison.Ordinal);
        Assert.Contains(Canal.Requetes, r => r.Path.EndsWith("/pagedmembers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Configurer_CompositionBreakingParity_ComesBackWithTheReasonAndEveryChoiceKept()
    {
        var reponse = await SoumettreAsync(Soumission(Sieges(forem: 3)));

        var carte = reponse.GetProperty("value");
        Assert.Contains("ne respecte pas les statuts", CarteJson.Texte(carte), StringComparison.Ordinal);
        Assert.Contains("paritaire", CarteJson.Texte(carte), StringComparison.Ordinal);
        Assert.Equal("Forem", DossierParChat.Saisie(carte, $"siege-{Membre(3)}"));
        Assert.Equal("aucun", DossierParChat.Saisie(carte, $"siege-{Membre(4)}"));
        Assert.Equal("Mire", DossierParChat.Saisie(carte, $"siege-{Membre(70)}"));
        Assert.Equal("MIRE Liège", DossierParChat.Saisie(carte, $"organisation-{Membre(70)}"));
        Assert.Null(await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None));
    }

    [Fact]
    public async Task Configurer_ValidComposition_IsStoredAndBoundToTheChannel()
    {
        var reponse = await SoumettreAsync(Soumission(Sieges(forem: 4)));

        Assert.Contains("8 membres votants, 1 invité", CarteJson.Texte(reponse.GetProperty("value")), StringComparison.Ordinal);
        var comite = (await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None))!.Comite;
        Assert.Equal(8, comite.Votants.Count());
        Assert.True(comite.Membre(Membre(70))!.Invite);
        Assert.Equal("Thomas Leclercq", comite.Membre(Membre(70))!.Nom);
        Assert.Equal("CPAS 101", comite.Membre(Membre(101))!.Organisation);
        Assert.Equal("Forem", comite.Membre(Membre(1))!.Organisation);
        Assert.Equal(Bce(101), comite.Membre(Membre(101))!.BceDeLOrganisation);
        Assert.Equal(BceDuForem, comite.Membre(Membre(1))!.BceDeLOrganisation);
        Assert.Null(comite.Membre(Membre(70))!.BceDeLOrganisation);
        Assert.Empty(comite.Mandats);
    }

    [Fact]
    public async Task Configurer_FromAPressThatDoesNotCarryTheTeamsName_NamesTheCommitteeAfterTheTeamNeverItsId()
    {
        await Bot.EnvoyerAsync(Activities.BotInstalle(Canal.ServiceUrl, equipe: true), JetonValide());
        var soumission = Soumission(Sieges(forem: 4));
        soumission["channelData"]!["team"]!.AsObject().Remove("name");

        var texte = CarteJson.Texte((await SoumettreAsync(soumission)).GetProperty("value"));

        Assert.Contains("Le Comité de suivi — Liège est configuré", texte, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(19:|29:|a:)\S+", texte);
        Assert.Equal("Comité de suivi — Liège", (await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None))?.Comite.Nom);
    }

    [Fact]
    public async Task Configurer_WhenNoActivityEverCarriedTheTeamsName_AsksTeamsForIt()
    {
        Canal.NomDeLEquipe = "Comité de suivi — Huy-Waremme";
        var soumission = Soumission(Sieges(forem: 4));
        soumission["channelData"]!["team"]!.AsObject().Remove("name");

        var texte = CarteJson.Texte((await SoumettreAsync(soumission)).GetProperty("value"));

        Assert.Contains("Le Comité de suivi — Huy-Waremme est configuré", texte, StringComparison.Ordinal);
        Assert.Contains(Canal.Requetes, r => r.Method == "GET" && r.Path == $"/v3/teams/{Uri.EscapeDataString(Activities.EquipeId)}");
    }

    [Fact]
    public async Task Configurer_AfterASetupCutShortBetweenTheBindingAndTheSave_TheNextPressSetsTheCommitteeUp()
    {
        // What a setup interrupted by a storage failure left behind: the channel bound to a committee never stored.
        var comites = Bot.Services.GetRequiredService<ComitesStockes>();
        Assert.True(await comites.LierAuCanalAsync(Activities.EquipeId, Activities.CanalVotes, Conventions.Comites.ComiteId.Nouveau(), CancellationToken.None));
        Assert.Null(await comites.ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None));

        var reponse = await Bot.EnvoyerAsync(Soumission(Sieges(forem: 4)), JetonValide());

        Assert.Equal(System.Net.HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("est configuré", CarteJson.Texte(JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement.GetProperty("value")), StringComparison.Ordinal);
        Assert.Equal(8, (await comites.ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None))?.Comite.Votants.Count());
    }

    [Fact]
    public async Task Comite_InAChannelThatHasOne_OffersItsCompositionToChange_AndAReplacementKeepsParity()
    {
        await SoumettreAsync(Soumission(Sieges(forem: 4)));
        Canal.Oublier();
        await Bot.EnvoyerAsync(Activities.MessageDansLeCanal(Canal.ServiceUrl, "comité"), JetonValide());
        var existant = await Canal.AttendreAsync(r => r.Method == "POST");
        Assert.Contains("accueille déjà", existant.TexteDeLaCarte, StringComparison.Ordinal);
        Assert.Contains("Modifier la composition", existant.TexteDeLaCarte, StringComparison.Ordinal);

        var prerempli = (await SoumettreAsync(Soumission([]))).GetProperty("value");
        Assert.Equal("Cpas", DossierParChat.Saisie(prerempli, $"siege-{Membre(104)}"));
        Assert.Equal("CPAS 101", DossierParChat.Saisie(prerempli, $"organisation-{Membre(101)}"));
        Assert.Equal(Bce(101).ToString(), DossierParChat.Saisie(prerempli, $"bce-{Membre(101)}"));

        var remplacement = Sieges(forem: 3);
        remplacement[Membre(5).ToString()] = "Forem";
        var reponse = await SoumettreAsync(Soumission(remplacement));

        Assert.Contains("8 membres votants", CarteJson.Texte(reponse.GetProperty("value")), StringComparison.Ordinal);
        var comite = (await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None))!.Comite;
        Assert.Null(comite.Membre(Membre(4)));
        Assert.Equal("Forem", comite.Membre(Membre(5))!.Cote);
        var sansParite = Sieges(forem: 3);
        Assert.Contains("paritaire", CarteJson.Texte((await SoumettreAsync(Soumission(sansParite))).GetProperty("value")), StringComparison.Ordinal);
        Assert.NotNull((await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None))!.Comite.Membre(Membre(5)));
    }

    [Fact]
    public async Task Presidence_DesignatedFromTheVotingMembers_AsTheStatutesSay()
    {
        await SoumettreAsync(Soumission(Sieges(forem: 4)));
        JsonObject Presidence(int? president = null, int? vice = null)
        {
            var donnees = new JsonObject();
            if (president is { } p)
            {
                donnees["president"] = Membre(p).ToString();
                donnees["vicePresident"] = vice is { } v ? Membre(v).ToString() : string.Empty;
            }

            return DansLeCanal(Activities.Action(Canal.ServiceUrl, "presidenceComite", donnees: donnees));
        }

        var carte = CarteJson.Texte((await SoumettreAsync(Presidence())).GetProperty("value"));
        Assert.Contains("CPAS 101 (CPAS)", carte, StringComparison.Ordinal);
        Assert.DoesNotContain("Thomas Leclercq", carte, StringComparison.Ordinal);
        Assert.Contains("du même côté", CarteJson.Texte((await SoumettreAsync(Presidence(1, 2))).GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("ensemble", CarteJson.Texte((await SoumettreAsync(Presidence(1))).GetProperty("value")), StringComparison.Ordinal);

        var designe = CarteJson.Texte((await SoumettreAsync(Presidence(1, 101))).GetProperty("value"));

        Assert.Contains("Forem 1 préside et CPAS 101 assure la vice-présidence", designe, StringComparison.Ordinal);
        var comite = (await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None))!.Comite;
        Assert.Equal(Membre(1), comite.President(Conventions.Calendrier.Bruxelles.Jour(DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task Configurer_SeatedMembersWithoutOrganisation_ComesBackNamingThemWithEveryChoiceKept()
    {
        var reponse = await SoumettreAsync(Soumission(Sieges(forem: 4), organisations: false));

        var carte = reponse.GetProperty("value");
        Assert.Contains("Indiquez l'organisation de chaque membre qui siège", CarteJson.Texte(carte), StringComparison.Ordinal);
        Assert.Contains("Thomas Leclercq", CarteJson.Texte(carte), StringComparison.Ordinal);
        Assert.Null(await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None));
    }

    [Fact]
    public async Task Configurer_VotingMembersWithoutCompanyNumber_ComesBackNamingThemNotTheGuestWithEveryChoiceKept()
    {
        var reponse = await SoumettreAsync(Soumission(Sieges(forem: 4), bces: new() { [Membre(2).ToString()] = " ", [Membre(103).ToString()] = string.Empty }));

        var texte = CarteJson.Texte(reponse.GetProperty("value"));
        Assert.Contains("Indiquez le numéro BCE de l'organisation de chaque membre votant (pour les récusations)\u00a0: Forem 2, CPAS 103.", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("Thomas Leclercq.", texte, StringComparison.Ordinal);
        Assert.Equal(Bce(101).ToString(), DossierParChat.Saisie(reponse.GetProperty("value"), $"bce-{Membre(101)}"));
        Assert.Equal("CPAS 103", DossierParChat.Saisie(reponse.GetProperty("value"), $"organisation-{Membre(103)}"));
        Assert.Null(await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None));
    }

    [Fact]
    public async Task Configurer_WrongCompanyNumber_SaysWhoseAndWhatIsWrongWithWhatWasTypedKept()
    {
        var reponse = await SoumettreAsync(Soumission(Sieges(forem: 4), bces: new() { [Membre(102).ToString()] = "0212.345.679" }));

        var carte = reponse.GetProperty("value");
        Assert.Contains("Le numéro BCE de l'organisation de CPAS 102 n'est pas valide", CarteJson.Texte(carte), StringComparison.Ordinal);
        Assert.Equal("0212.345.679", DossierParChat.Saisie(carte, $"bce-{Membre(102)}"));
        Assert.Null(await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None));
    }

    [Fact]
    public async Task Configurer_CompanyNumberTypedWithBeAndSpaces_IsStoredAsTheNumberAndShownInItsUsualForm()
    {
        var chiffres = Bce(101).Chiffres;
        await SoumettreAsync(Soumission(Sieges(forem: 4), bces: new() { [Membre(101).ToString()] = $"BE {chiffres[..4]} {chiffres[4..7]} {chiffres[7..]}" }));

        var comite = (await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None))!.Comite;
        Assert.Equal(Bce(101), comite.Membre(Membre(101))!.BceDeLOrganisation);
    }

    [Fact]
    public async Task Configurer_SeatForSomeoneOutsideTheTeam_IsRefused()
    {
        var sieges = Sieges(forem: 4);
        sieges[Membre(4242).ToString()] = "Forem";

        var reponse = await SoumettreAsync(Soumission(sieges));

        Assert.Equal(400, reponse.GetProperty("statusCode").GetInt32());
        Assert.Null(await Bot.Services.GetRequiredService<ComitesStockes>().ComiteDuCanalAsync(Activities.EquipeId, Activities.CanalVotes, CancellationToken.None));
    }
}
