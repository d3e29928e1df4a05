using System.Text.Json;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Valeurs;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Testing;

namespace TeamsConventions.EndToEnd;

/// <summary>The bot as a person meets it locally: through the Agents Playground, with Azurite behind it.</summary>
public sealed class PlaygroundTests : IAsyncLifetime
{
    private const string Sophie = "29:agent-cpas-seraing";
    private const string ChatPersonnel = "conversation-personnelle-sophie";
    private const string Nathalie = "29:presidente-comite-forem";
    private const string NathalieId = "2e8c4f9a-3f6d-4e3a-8c5b-7dbf9a4e6c33";
    private const string MarcId = "1d7b3e8f-2e5c-4d2f-9b4a-6cae8f3d5b22";
    private const string KarimId = "3f9d5a0b-4a7e-4f4b-9d6c-8ec0ab5f7d44";
    private const string JulieId = "4a0e6b1c-5b8f-4a5c-8e7d-9fd1bc6a8e55";
    private const string ThomasId = "5b1f7c2d-6c9a-4b6d-9f8e-a0e2cd7b9f66";
    private static readonly TimeSpan Delai = TimeSpan.FromSeconds(20);

    private Azurite _azurite = null!;
    private BotHost _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.DemarrerAsync();
        _bot = await BotHost.DemarrerAsync(_azurite, canal: null, c =>
        {
            c["Bot:Langue"] = "fr-BE";
            AppelDeTest.Configurer(c, DateTimeOffset.UtcNow);

            // As in the local run: the demo tenant's one team holds the deciding committee in its General channel.
            c["Dossiers:Appels:0:EquipeDuComiteQuiDecide"] = Activities.EquipeId;
            c["Dossiers:Appels:0:CanalDuComiteQuiDecide"] = Activities.EquipeId;
        }, environnement: "Development");
        _playground = await AgentsPlayground.DemarrerAsync(_bot.Adresse);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Aide_TypedInThePersonalChat_ShowsTheHelpCardInFrench()
    {
        await _playground.EcrireAsync(ChatPersonnel, Sophie, "aide");

        var message = await _playground.AttendreMessageAsync(EstUneCarte, Delai);

        var carte = Carte(message);
        Assert.Equal("Ce que je sais faire", carte.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("mes dossiers", carte.GetProperty("body")[2].GetProperty("facts")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task MesDossiersButton_OnTheHelpCard_AnswersSophiesEmptyListInPlace()
    {
        await _playground.EcrireAsync(ChatPersonnel, Sophie, "aide");
        var aide = await _playground.AttendreMessageAsync(EstUneCarte, Delai);

        var reponse = await _playground.AppuyerAsync(ChatPersonnel, Sophie, aide.GetProperty("messageId").GetString()!, "mesElements");

        var texte = reponse.GetRawText();
        Assert.Contains("Mes dossiers et conventions", texte, StringComparison.Ordinal);
        Assert.Contains("Vous n'avez encore aucun dossier", texte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NouveauDossier_InThePersonalChat_StartsADossierAndSavesItsFirstStep()
    {
        await _playground.EcrireAsync(ChatPersonnel, Sophie, "nouveau dossier");
        var appels = await _playground.AttendreMessageAsync(EstUneCarte, Delai);
        Assert.Contains(AppelDeTest.Titre, appels.GetRawText(), StringComparison.Ordinal);

        var etape = await _playground.AppuyerAsync(ChatPersonnel, Sophie, appels.GetProperty("messageId").GetString()!, "creerDossier", new Dictionary<string, string> { ["_appel"] = AppelDeTest.Id });
        var texte = etape.GetRawText();
        Assert.Contains("Étape 1 sur 10", texte, StringComparison.Ordinal);
        var dossier = etape.GetProperty("value").GetProperty("actions")[0].GetProperty("data").GetProperty("_dossier").GetString()!;

        var enregistre = await _playground.AppuyerAsync(ChatPersonnel, Sophie, appels.GetProperty("messageId").GetString()!, "dossier", new Dictionary<string, object>
        {
            ["_dossier"] = dossier,
            ["_etape"] = "cpas",
            ["_aller"] = "enregistrer",
            ["identification.cpas.nom"] = "CPAS de Seraing",
            ["identification.cpas.bce"] = "0455.266.925",
        });
        Assert.Contains("la clé de contrôle ne correspond pas", enregistre.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("CPAS de Seraing", enregistre.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>Issue 4's promise: a newcomer fills and submits a complete dossier, and the analysts' card appears in the team.</summary>
    [Fact]
    public async Task Dossier_FilledAndSubmittedInThePlayground_ReachesTheAnalystsInTheTeamAndItsDocumentDownloads()
    {
        var analyse = await DeposerUnDossierAsync(verifierLeDocument: true);

        Assert.Contains(ValeursDeDossier.NomDuCpas, analyse.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 5's promise: the committee set up in its channel from the team roster, with its presidency; the analysts
    /// transmit the dossier; members vote and see their own vote; the chair closes; the dossier has its favourable avis.
    /// </summary>
    [Fact]
    public async Task Vote_InTheCommitteeChannel_MembersVoteTheChairClosesAndTheDossierHasItsAvis()
    {
        await ComiteEnPlaceAsync();

        var analyse = await DeposerUnDossierAsync(verifierLeDocument: false);
        var idAnalyse = analyse.GetProperty("messageId").GetString()!;
        var transmis = await _playground.AppuyerAsync($"{Activities.EquipeId};messageid={idAnalyse}", Nathalie, idAnalyse, "analyseDossier",
            new Dictionary<string, object> { ["_dossier"] = Donnees(Carte(analyse), "_decision", "transmettre")["_dossier"], ["_version"] = 1, ["_decision"] = "transmettre" });
        Assert.Contains("le vote est ouvert", transmis.GetRawText(), StringComparison.Ordinal);
        var vote = await _playground.AttendreMessageAsync(m => m.GetRawText().Contains("Consulter le document", StringComparison.Ordinal), Delai);
        var scrutin = Donnees(Carte(vote), "choix", "Pour")["scrutin"];
        var idVote = vote.GetProperty("messageId").GetString()!;
        var filDuVote = $"{Activities.CanalVotes};messageid={idVote}";

        foreach (var (qui, choix) in new[] { ("29:conseiller-sro-forem", "Pour"), ("29:vice-president-comite-cpas", "Contre"), ("29:membre-comite-cpas", "Pour"), ("29:vice-president-comite-cpas", "Pour") })
        {
            var reponse = await _playground.AppuyerAsync(filDuVote, qui, idVote, "voter", new Dictionary<string, object> { ["scrutin"] = scrutin, ["choix"] = choix });
            Assert.Contains($"Votre vote\u00a0: {choix}", reponse.GetRawText(), StringComparison.Ordinal);
        }

        var invite = await _playground.AppuyerAsync(filDuVote, "29:invite-mire", idVote, "voter", new Dictionary<string, object> { ["scrutin"] = scrutin, ["choix"] = "Pour" });
        Assert.DoesNotContain("Votre vote", invite.GetRawText(), StringComparison.Ordinal);
        var clos = await _playground.AppuyerAsync(filDuVote, Nathalie, idVote, "cloreLeVote", new Dictionary<string, object> { ["scrutin"] = scrutin });
        Assert.Contains("Vote clos\u00a0: adopté", clos.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("3 pour, 0 contre", clos.GetRawText(), StringComparison.Ordinal);
        var retour = await _playground.AttendreMessageAsync(m => m.GetRawText().Contains("Vote du Comité de suivi", StringComparison.Ordinal), Delai);
        Assert.Contains("adopté", retour.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 14's promise, end to end: Sophie's dossier has the Comité de suivi's avis in its channel and the Comité
    /// d'accompagnement's approval in the General channel; its convention is drawn up; Forem's secretariat designates
    /// the signatories 1:1; the CPAS's President (Karim) and Directeur général (Julie) and Forem's Administrateur
    /// général (Nathalie) each sign from the card the bot opened with them, and the convention comes into force.
    /// The Playground's tenant holds five people besides Sophie, the Comité d'accompagnement eleven: it is stored
    /// with Nathalie and Marc in two of Forem's seats, and the votes of its other nine members are cast in storage.
    /// </summary>
    [Fact]
    public async Task Convention_FromTheApprovedDossier_SignedByTheCpasPresidentTheDgAndForem_ComesIntoForce()
    {
        await ComiteEnPlaceAsync();
        var accompagnement = await AccompagnementDansLeCanalGeneralAsync();
        var analyse = await DeposerUnDossierAsync(verifierLeDocument: false);

        // The Comité de suivi's avis (R06); the analysts transmit again, to the Comité d'accompagnement, which approves.
        var avis = await TransmettreAsync(analyse, Activities.CanalVotes);
        foreach (var qui in new[] { "29:conseiller-sro-forem", "29:vice-president-comite-cpas", "29:membre-comite-cpas", Nathalie })
        {
            await VoterAsync(avis, qui);
        }

        Assert.Contains("Vote clos\u00a0: adopté", (await _playground.AppuyerAsync(avis.Fil, Nathalie, avis.Message, "cloreLeVote", new Dictionary<string, object> { ["scrutin"] = avis.Scrutin })).GetRawText(), StringComparison.Ordinal);
        var retour = await _playground.AttendreMessageAsync(m => m.GetRawText().Contains("Vote du Comité de suivi", StringComparison.Ordinal) && m.GetRawText().Contains("transmettre", StringComparison.Ordinal), Delai);
        var approbation = await TransmettreAsync(retour, Activities.EquipeId);
        await VoterAsync(approbation, Nathalie);
        await VoterAsync(approbation, "29:conseiller-sro-forem");
        var scrutins = _bot.Services.GetRequiredService<ScrutinsStockes>();
        var id = new ScrutinId(Guid.ParseExact(approbation.Scrutin, "N"));
        foreach (var electeur in (await scrutins.ChargerAsync(id, CancellationToken.None))?.Scrutin.Electeurs.Where(e => e.ToString() is not (NathalieId or MarcId)) ?? [])
        {
            await scrutins.VoterAsync(id, electeur, Choix.Pour, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        using (var scope = _bot.Services.CreateScope())
        {
            var president = accompagnement.President(Bruxelles.Jour(DateTimeOffset.UtcNow)) ?? throw new InvalidOperationException("No chair.");
            await scope.ServiceProvider.GetRequiredService<CloturerLeVote>().ExecuterAsync(id, president, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        // Forem, the secretariat (R05), gets the convention in a chat the bot opens with each of its two members there
        // (the Playground's log does not say which chat a message went to: Marc presses the one that is his).
        var pourLeSecretariat = new[]
        {
            await _playground.AttendreEnvoiDuBotAsync(m => m.GetRawText().Contains("Envoyer aux signataires", StringComparison.Ordinal), Delai),
            await _playground.AttendreEnvoiDuBotAsync(m => m.GetRawText().Contains("Envoyer aux signataires", StringComparison.Ordinal), Delai),
        };
        var donnees = Donnees(Carte(pourLeSecretariat[0].Activite), "_aller", "designer");
        foreach (var (rang, membre, nom) in new[] { (0, NathalieId, "Nathalie Renard"), (1, KarimId, "Karim Benali"), (2, JulieId, "Julie Martin") })
        {
            donnees[$"signataire-{rang}"] = membre;
            donnees[$"nom-{rang}"] = nom;
        }

        var chatDeMarc = await ChatPersonnelAsync(MarcId);
        JsonElement? designes = null;
        foreach (var (carte, _) in pourLeSecretariat)
        {
            try
            {
                designes = await _playground.AppuyerAsync(chatDeMarc, "29:conseiller-sro-forem", carte, "convention", donnees);
                break;
            }
            catch (HttpRequestException) when (carte != pourLeSecretariat[^1].MessageId)
            {
            }
        }

        Assert.Contains("Les signataires ont reçu la convention à signer.", designes?.GetRawText(), StringComparison.Ordinal);

        foreach (var (qui, signataire, role, lieu) in new[] { (Nathalie, NathalieId, "Administrateur général", "Namur"), ("29:vice-president-comite-cpas", KarimId, "en tant que Président", null), ("29:membre-comite-cpas", JulieId, "Directeur général", null) })
        {
            var (carte, aSigner) = await _playground.AttendreEnvoiDuBotAsync(m => m.GetRawText().Contains("Vous signez pour", StringComparison.Ordinal) && m.GetRawText().Contains(role, StringComparison.Ordinal), Delai);
            var signer = Donnees(Carte(aSigner), "_aller", "signer");
            if (lieu is not null)
            {
                signer["lieu"] = lieu;
            }

            var signe = await _playground.AppuyerAsync(await ChatPersonnelAsync(signataire), qui, carte, "convention", signer);
            Assert.Contains("Votre signature est enregistrée", signe.GetRawText(), StringComparison.Ordinal);
        }

        var (_, enVigueur) = await _playground.AttendreEnvoiDuBotAsync(m => m.GetRawText().Contains("elle est en vigueur depuis le", StringComparison.Ordinal), Delai);
        Assert.Contains("Initiative locale de coopération Forem", enVigueur.GetRawText(), StringComparison.Ordinal);
        var signee = Assert.Single(await _bot.Services.GetRequiredService<TeamsConventions.Application.Accords.IConventions>().DuMembreAsync(MembreId.Depuis(JulieId), CancellationToken.None));
        Assert.NotNull(signee.DateDeSignature);
        Assert.Equal([NathalieId, KarimId, JulieId], signee.Signatures.Select(x => x.Signataire.ToString()));
        Assert.Equal("Namur", signee.Signatures[0].Lieu);
    }

    /// <summary>
    /// Issue 13's promise: a Comité de suivi drafts its action plan in its channel, its President puts it on the agenda,
    /// the members vote on the vote card and the chair closes: the plan has its committee's opinion.
    /// </summary>
    [Fact]
    public async Task PlanDActions_DraftedInTheCommitteeChannel_PutOnTheAgendaVotedAndClosed()
    {
        const string Marc = "29:conseiller-sro-forem";
        await ComiteEnPlaceAsync();
        // Marc opens the plan with the intention's card verb in the thread of the channel's help: the Playground sends a
        // typed channel message without the sender's Entra id, which its invokes carry (Teams carries it in both).
        var fil = (await _playground.MentionnerLeBotAsync(Activities.CanalVotes, Marc, "aide")).GetProperty("postConversationId").GetString()!;
        var aide = await _playground.AttendreMessageAsync(m => m.GetRawText().Contains("plan d'actions", StringComparison.Ordinal), Delai);
        var idAide = aide.GetProperty("messageId").GetString()!;
        var plan = await _playground.AppuyerAsync(fil, Marc, idAide, "plan");
        Assert.Contains("Ajouter une action", plan.GetRawText(), StringComparison.Ordinal);
        Task<JsonElement> Appuyer(string qui, Dictionary<string, string> donnees) => _playground.AppuyerAsync(fil, qui, idAide, "planDActions", donnees);

        var action = await Appuyer(Marc, Donnees(plan.GetProperty("value"), "_aller", "ajouter"));
        var saisie = Donnees(action.GetProperty("value"), "_aller", "enregistrer");
        saisie["action.intitule"] = "Job coaching des moins de 25 ans";
        saisie["action.objectif"] = "40 jeunes accompagnés vers l'emploi.";
        saisie["action.responsable"] = KarimId;
        saisie["action.indicateurs"] = "Entrées en formation ; mises à l'emploi.";
        var enregistre = await Appuyer(Marc, saisie);
        Assert.Contains("Job coaching des moins de 25 ans", enregistre.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("enregistrée", enregistre.GetRawText(), StringComparison.Ordinal);

        var inscrit = await Appuyer(Nathalie, Donnees(enregistre.GetProperty("value"), "_aller", "inscrire"));
        Assert.Contains("Inscrit à l'ordre du jour du Comité de suivi — Liège", inscrit.GetRawText(), StringComparison.Ordinal);
        var vote = await _playground.AttendreMessageAsync(m => m.GetRawText().Contains("Consulter le document", StringComparison.Ordinal) && m.GetRawText().Contains("Plan d'actions", StringComparison.Ordinal), Delai);
        var scrutin = Donnees(Carte(vote), "choix", "Pour")["scrutin"];
        var idVote = vote.GetProperty("messageId").GetString()!;
        var filDuVote = $"{Activities.CanalVotes};messageid={idVote}";
        foreach (var qui in new[] { Marc, "29:vice-president-comite-cpas", "29:membre-comite-cpas", Nathalie })
        {
            var reponse = await _playground.AppuyerAsync(filDuVote, qui, idVote, "voter", new Dictionary<string, object> { ["scrutin"] = scrutin, ["choix"] = "Pour" });
            Assert.Contains("Votre vote\u00a0: Pour", reponse.GetRawText(), StringComparison.Ordinal);
        }

        var clos = await _playground.AppuyerAsync(filDuVote, Nathalie, idVote, "cloreLeVote", new Dictionary<string, object> { ["scrutin"] = scrutin });
        Assert.Contains("Vote clos\u00a0: adopté", clos.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("4 pour, 0 contre", clos.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 11's screens in the Playground's own web page, in Chromium, driven as a person would: the channel's
    /// welcome says to @mention the bot, the committee's confirmation names the team (no Teams id in any card), a
    /// refused step names the field to fix next to its buttons and keeps what was typed. The captures are kept
    /// (SCREENSHOTS_DIR, or the test's output folder).
    /// </summary>
    [Fact]
    public async Task WebPage_ChannelWelcomeCommitteeConfirmationAndRefusedStep_ShowWhatAPersonMustRead()
    {
        var dossier = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } choisi ? choisi : Path.Combine(AppContext.BaseDirectory, "ecrans");

        var sortie = await NodeProcess.ExecuterAsync(Path.Combine(RepositoryRoot.Path, "tools", "screenshots.cjs"), [_playground.Adresse.ToString(), dossier], TimeSpan.FromMinutes(3));

        Assert.Contains("3 screens captured", sortie, StringComparison.Ordinal);
        Assert.All(["canal-accueil", "comite-configure", "etape-refusee"], ecran => Assert.True(new FileInfo(Path.Combine(dossier, ecran + ".png")).Length > 10_000, ecran));
    }

    /// <summary>Nathalie sets the Comité de suivi up in its channel from the team roster, seats, organisations and company numbers, and takes its presidency.</summary>
    private async Task ComiteEnPlaceAsync()
    {
        var fil = (await _playground.MentionnerLeBotAsync(Activities.CanalVotes, Nathalie, "comité")).GetProperty("postConversationId").GetString()!;
        var statuts = await _playground.AttendreMessageAsync(EstUneCarte, Delai);
        var idStatuts = statuts.GetProperty("messageId").GetString()!;
        Task<JsonElement> DansLeCanal(string qui, string verbe, Dictionary<string, object> donnees) => _playground.AppuyerAsync(fil, qui, idStatuts, verbe, donnees);

        var sieges = await DansLeCanal(Nathalie, "configurerComite", new() { ["statuts"] = "comite-suivi" });
        Assert.Contains("Siège de Karim Benali", sieges.GetRawText(), StringComparison.Ordinal);
        var composition = new Dictionary<string, object> { ["statuts"] = "comite-suivi" };
        foreach (var (id, siege, organisation, bce) in new[]
        {
            (NathalieId, "Forem", "Forem", "0207.123.407"), (MarcId, "Forem", "Forem", "0207.123.407"), (KarimId, "Cpas", "CPAS de Liège", "0216.543.293"),
            (JulieId, "Cpas", "CPAS de Herstal", "0220.987.675"), (ThomasId, "Mire", "MIRE Liège", string.Empty),
        })
        {
            composition[$"siege-{id}"] = siege;
            composition[$"organisation-{id}"] = organisation;
            composition[$"bce-{id}"] = bce;
        }

        var configure = (await DansLeCanal(Nathalie, "configurerComite", composition)).GetRawText();
        Assert.Contains("4 membres votants, 1 invité", configure, StringComparison.Ordinal);
        Assert.Contains("Le Comité de suivi — Liège est configuré", configure, StringComparison.Ordinal);
        Assert.DoesNotContain("@thread", configure, StringComparison.Ordinal);
        var presidence = await DansLeCanal(Nathalie, "presidenceComite", new() { ["president"] = NathalieId, ["vicePresident"] = KarimId });
        Assert.Contains("Nathalie Renard préside", presidence.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>A vote card in its channel's thread: the thread, the card's message, the vote's id.</summary>
    private sealed record VoteDansLeFil(string Fil, string Message, string Scrutin);

    /// <summary>
    /// The Comité d'accompagnement (R04), stored and bound to the team's General channel where the demo's deciding
    /// committee sits: Nathalie and Marc hold two of Forem's four seats, the other nine seats are people outside the
    /// Playground's tenant.
    /// </summary>
    private async Task<Comite> AccompagnementDansLeCanalGeneralAsync()
    {
        var catalogue = _bot.Services.GetRequiredService<CatalogueDesConventions>();
        var membres = new[] { ("MinistreEmploi", 1), ("MinistreActionSociale", 1), ("FederationCpas", 4), ("Forem", 4), ("Dgee", 1) }
            .SelectMany((siege, s) => Enumerable.Range(0, siege.Item2).Select(i => (siege.Item1, Id: $"00000000-0000-4000-8000-0000000002{s}{i}", Nom: $"{siege.Item1} {i + 1}")))
            .Select(m => m switch
            {
                ("Forem", _, "Forem 1") => new MembreDeComite(MembreId.Depuis(NathalieId), "Nathalie Renard", "Forem", "Forem", BceDeLOrganisation: NumeroBce.Depuis("0207.123.407")),
                ("Forem", _, "Forem 2") => new MembreDeComite(MembreId.Depuis(MarcId), "Marc Dubois", "Forem", "Forem", BceDeLOrganisation: NumeroBce.Depuis("0207.123.407")),
                _ => new MembreDeComite(MembreId.Depuis(m.Id), m.Nom, m.Item1, m.Item1),
            });
        var comite = Comite.Constituer(ComiteId.Nouveau(), "Comité d'accompagnement", catalogue.Comite("comite-accompagnement"), membres, MembreId.Depuis(NathalieId), DateTimeOffset.UtcNow);
        var comites = _bot.Services.GetRequiredService<ComitesStockes>();
        await comites.EnregistrerAsync(comite, null, CancellationToken.None);
        await comites.LierAuCanalAsync(Activities.EquipeId, Activities.EquipeId, comite.Id, CancellationToken.None);
        return comite;
    }

    /// <summary>Nathalie, for the analysts, transmits the dossier from <paramref name="analyse"/>; the vote card that opens in <paramref name="canal"/>.</summary>
    private async Task<VoteDansLeFil> TransmettreAsync(JsonElement analyse, string canal)
    {
        var transmettre = Donnees(Carte(analyse), "_decision", "transmettre");
        var transmis = await _playground.AppuyerAsync(Conversation(analyse), Nathalie, analyse.GetProperty("messageId").GetString()!, "analyseDossier",
            new Dictionary<string, object> { ["_dossier"] = transmettre["_dossier"], ["_version"] = 1, ["_decision"] = "transmettre" });
        Assert.Contains("le vote est ouvert", transmis.GetRawText(), StringComparison.Ordinal);
        var vote = await _playground.AttendreMessageAsync(m => m.GetRawText().Contains("Consulter le document", StringComparison.Ordinal) && Conversation(m).StartsWith(canal + ";", StringComparison.Ordinal), Delai);
        return new VoteDansLeFil(Conversation(vote), vote.GetProperty("messageId").GetString()!, Donnees(Carte(vote), "choix", "Pour")["scrutin"]);
    }

    private async Task VoterAsync(VoteDansLeFil vote, string qui) =>
        Assert.Contains("Votre vote\u00a0: Pour", (await _playground.AppuyerAsync(vote.Fil, qui, vote.Message, "voter", new Dictionary<string, object> { ["scrutin"] = vote.Scrutin, ["choix"] = "Pour" })).GetRawText(), StringComparison.Ordinal);

    /// <summary>The chat the bot opened with a person of the demo tenant, as the bot keeps it.</summary>
    private async Task<string> ChatPersonnelAsync(string membre)
    {
        var references = _bot.Services.GetRequiredService<TeamsConventions.Bot.Teams.Stockage.ConversationReferences>();
        string? chat = null;
        await Attendre.QueAsync(() => (chat = references.PourMembreAsync(MembreId.Depuis(membre), CancellationToken.None).GetAwaiter().GetResult()?.PersonalConversationId) is not null);
        return chat ?? throw new InvalidOperationException($"The bot opened no chat with {membre}.");
    }

    /// <summary>The conversation a bot message was posted in, as the Playground's stream names it (a channel post's thread, or a chat).</summary>
    private static string Conversation(JsonElement message) =>
        message.TryGetProperty("postConversationId", out var fil) ? fil.GetString() ?? string.Empty
        : message.TryGetProperty("conversationId", out var id) ? id.GetString() ?? string.Empty
        : throw new InvalidOperationException("The message names no conversation: " + message.GetRawText()[..Math.Min(300, message.GetRawText().Length)]);

    /// <summary>Sophie fills every step (tables included) in her chat and submits; returns the analysts' card as it appears in the team.</summary>
    private async Task<JsonElement> DeposerUnDossierAsync(bool verifierLeDocument)
    {
        await _playground.MentionnerLeBotAsync(Activities.EquipeId, Sophie, "aide");
        await _playground.AttendreMessageAsync(EstUneCarte, Delai);
        await _playground.EcrireAsync(ChatPersonnel, Sophie, "nouveau dossier");
        var appels = await _playground.AttendreMessageAsync(m => m.GetRawText().Contains("Commencer un dossier", StringComparison.Ordinal), Delai);
        var carteId = appels.GetProperty("messageId").GetString()!;
        Task<JsonElement> Appuyer(string verbe, Dictionary<string, string> donnees) => _playground.AppuyerAsync(ChatPersonnel, Sophie, carteId, verbe, donnees);

        var etape = await Appuyer("creerDossier", new() { ["_appel"] = AppelDeTest.Id });
        var dossier = Donnees(etape.GetProperty("value"), "_aller", "enregistrer")["_dossier"];
        var catalogue = CatalogueDesConventions.Charger();
        var formulaire = catalogue.Formulaires["initiative-locale"];
        var debut = DateTimeOffset.UtcNow;
        var appel = new AppelAProjets(AppelDeTest.Id, AppelDeTest.Titre, "initiative-locale", debut.AddDays(-10), debut.AddDays(20));
        foreach (var e in formulaire.Etapes)
        {
            foreach (var tableau in e.Champs.Where(c => c.Nature == NatureDeChamp.Tableau))
            {
                var editeur = await Appuyer("dossier", new() { ["_dossier"] = dossier, ["_etape"] = e.Id, ["_tableau"] = tableau.Id, ["_aller"] = "ajouterLigne" });
                var ligne = Donnees(editeur.GetProperty("value"), "_aller", "enregistrerLigne");
                foreach (var colonne in tableau.Colonnes!)
                {
                    ligne[new CelluleDeTableau(tableau.Id, ligne["_ligne"], colonne.Id).Cle] = ValeursDeDossier.Valeur(colonne, appel);
                }

                await Appuyer("dossier", ligne);
            }

            var saisie = new Dictionary<string, string> { ["_dossier"] = dossier, ["_etape"] = e.Id, ["_aller"] = "enregistrer" };
            foreach (var champ in e.Champs.Where(c => c.Nature != NatureDeChamp.Tableau))
            {
                saisie[champ.Id] = ValeursDeDossier.Valeur(champ, appel);
            }

            Assert.Contains("Enregistré à", (await Appuyer("dossier", saisie)).GetRawText(), StringComparison.Ordinal);
        }

        var recapitulatif = await Appuyer("dossier", new() { ["_dossier"] = dossier, ["_aller"] = "recapitulatif" });
        Assert.Contains("Tous les champs obligatoires sont remplis", recapitulatif.GetRawText(), StringComparison.Ordinal);
        if (verifierLeDocument)
        {
            var lien = new Uri(recapitulatif.GetProperty("value").GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() == "Action.OpenUrl").GetProperty("url").GetString()!);
            using var document = await _bot.Http.GetAsync(lien.PathAndQuery.TrimStart('/'));
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.Content.Headers.ContentType?.MediaType);
        }

        Assert.Contains("Dossier déposé le", (await Appuyer("deposerDossier", new() { ["_dossier"] = dossier })).GetRawText(), StringComparison.Ordinal);
        return await _playground.AttendreMessageAsync(m => m.GetRawText().Contains("Dossier à analyser", StringComparison.Ordinal), Delai);
    }

    /// <summary>The string data of the first button whose data has <paramref name="cle"/> = <paramref name="valeur"/>.</summary>
    private static Dictionary<string, string> Donnees(JsonElement carte, string cle, string valeur)
    {
        foreach (var action in Actions(carte))
        {
            var donnees = action.GetProperty("data");
            if (donnees.TryGetProperty(cle, out var a) && a.GetString() == valeur)
            {
                return donnees.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!);
            }
        }

        throw new InvalidOperationException($"No button with {cle} = {valeur} on the card.");
    }

    private static IEnumerable<JsonElement> Actions(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" ? [element] : Enumerable.Empty<JsonElement>())
            .Concat(element.EnumerateObject().SelectMany(p => Actions(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Actions),
        _ => [],
    };

    private static bool EstUneCarte(JsonElement message) =>
        message.TryGetProperty("attachments", out var pieces) && pieces.GetArrayLength() > 0;

    private static JsonElement Carte(JsonElement message) => message.GetProperty("attachments")[0].GetProperty("content");
}
