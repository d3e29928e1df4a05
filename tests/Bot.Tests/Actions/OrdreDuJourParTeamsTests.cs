using System.Globalization;
using Conventions.Actions;
using Conventions.Calendrier;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Seances;
using Conventions.Votes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Tests.Support;
using TeamsConventions.Testing;
using static TeamsConventions.Bot.Tests.Support.DossierParChat;

namespace TeamsConventions.Bot.Tests.Actions;

/// <summary>
/// A committee's meeting in Teams (issue 13), on a <see cref="FakeTimeProvider"/>: its President (R10) plans it and
/// puts three items on its agenda — an action plan, a particular convention, a dossier already before the committee —
/// each voted on; after the meeting the minutes gather the decisions with the President's notes, and the next
/// meeting approves them. Whoever is not the secretariat is refused, and says so, with nothing recorded.
/// </summary>
[Collection(AzuriteGroupe.Nom)]
public sealed class OrdreDuJourParTeamsTests(AzuriteFixture azurite) : ComitesALHorlogeTestBase(azurite)
{
    private async Task<Seance> SeanceAsync(int rang = 0) => (await Service<SeancesStockees>().DuComiteAsync(Suivi.Id, CancellationToken.None))[rang];

    /// <summary>The President plans a meeting <paramref name="jours"/> days from now at 14:00, Brussels time; the agenda card answered.</summary>
    private async Task<System.Text.Json.JsonElement> PlanifierAsync(int membre, int jours, string? date = null) =>
        await AppuyerAsync(await EcrireAsync(1, "ordre du jour"), membre, "planifier", new Dictionary<string, string>
        {
            ["seance-date"] = date ?? Bruxelles.Jour(Horloge.GetUtcNow()).AddDays(jours).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["seance-heure"] = "14:00",
            ["seance-mode"] = "Reunion",
        });

    /// <summary>A draft plan with one action, a complete particular convention and a dossier whose vote the analysts opened before the Comité de suivi.</summary>
    private async Task<(PlanDActions Plan, ProjetDeConventionParticuliere Convention, Scrutin Dossier)> TroisPointsAsync()
    {
        var annee = Bruxelles.Jour(Horloge.GetUtcNow()).Year;
        var plan = PlanDActions.Restaurer(PlanDActionsId.Nouveau(), "plan-d-actions", Suivi.Id, annee, false, EtatDuProjet.Brouillon, 0, null, null,
            [new ActionDuPlan("a1", new Dictionary<string, string> { ["action.intitule"] = "Job coaching", ["action.responsable"] = Membre(2).ToString() }, Membre(2), EtatDeLAction.Prevue, null, null)]);
        await Service<PlansStockes>().CreerAsync(plan, CancellationToken.None);
        var convention = ProjetDeConventionParticuliere.Restaurer(ConventionParticuliereId.Nouveau(), "convention-particuliere", Suivi.Id, EtatDuProjet.Brouillon, 0, null, null, new Dictionary<string, string>
        {
            ["cp.intitule"] = "Ateliers numériques", ["cp.partenaire"] = "ASBL Le Tremplin", ["cp.partenaire.bce"] = Bce(555).ToString(), ["cp.objectif"] = "o", ["cp.contenu"] = "c",
            ["cp.cahier-des-charges"] = "cdc", ["cp.statut-des-stagiaires"] = "s", ["cp.modalites-financieres"] = "m", ["cp.criteres-d-evaluation"] = "e",
        });
        await Service<ConventionsParticulieresStockees>().CreerAsync(convention, CancellationToken.None);
        var dossier = Scrutin.Ouvrir(ScrutinId.Nouveau(), Suivi, new ObjetDuVote(NatureDeLObjet.Dossier, DossierId.Nouveau().ToString(), "CPAS de Seraing — Insertion 2027", new string('d', 64)),
            false, Horloge.GetUtcNow().AddDays(14), LeSecretariat, Horloge.GetUtcNow());
        await Service<ScrutinsStockes>().OuvrirAsync(dossier, CancellationToken.None);
        return (plan, convention, dossier);
    }

    [Fact]
    public async Task OrdreDuJour_AMeetingWithThreeItems_TheirVotes_TheMinutes_ApprovedAtTheNextMeeting()
    {
        await EcrireEnPriveAsync(1, "aide");
        var (plan, convention, dossier) = await TroisPointsAsync();

        // No meeting yet: the card offers to plan one; only the President may, with a date and a time.
        var carte = CarteJson.Texte(await EcrireAsync(1, "ordre du jour"));
        Assert.Contains("Ordre du jour — Comité de suivi — Liège", carte, StringComparison.Ordinal);
        Assert.Contains("Aucune séance n'est planifiée.", carte, StringComparison.Ordinal);
        Assert.Contains("Seul le secrétariat du Comité de suivi — Liège", CarteJson.Texte(await PlanifierAsync(2, 7)), StringComparison.Ordinal);
        Assert.Contains("Indiquez la date (jj/mm/aaaa) et l'heure (hh:mm) de la séance.", CarteJson.Texte(await PlanifierAsync(1, 7, date: string.Empty)), StringComparison.Ordinal);
        Assert.Empty(await Service<SeancesStockees>().DuComiteAsync(Suivi.Id, CancellationToken.None));
        var ordre = await PlanifierAsync(1, 7);
        var jourDeLaSeance = Bruxelles.Jour(Horloge.GetUtcNow()).AddDays(7);
        Assert.Contains($"Réunion du {Resources.Formats.Jour(jourDeLaSeance, CultureInfo.GetCultureInfo("fr-BE"))} à 14", CarteJson.Texte(ordre), StringComparison.Ordinal);

        // Three items waiting; a member who is not the secretariat cannot put one on; the President puts the three.
        Assert.Contains("Seul le secrétariat", CarteJson.Texte(await AppuyerAsync(ordre, 2, "inscrire", reference: plan.Id.ToString())), StringComparison.Ordinal);
        ordre = await AppuyerAsync(ordre, 1, "inscrire", reference: plan.Id.ToString());
        Assert.Contains("Inscrit à l'ordre du jour\u00a0: le vote est ouvert jusqu'au", CarteJson.Texte(ordre), StringComparison.Ordinal);
        ordre = await AppuyerAsync(ordre, 1, "inscrire", new Dictionary<string, string> { [$"secret-{convention.Id}"] = "true" }, reference: convention.Id.ToString());
        ordre = await AppuyerAsync(ordre, 1, "inscrire", reference: dossier.Id.ToString());
        var texte = CarteJson.Texte(ordre);
        Assert.Contains($"1. Plan d'actions {plan.Annee} — Comité de suivi — Liège", texte, StringComparison.Ordinal);
        Assert.Contains("2. Convention particulière «\u00a0Ateliers numériques\u00a0» — Comité de suivi — Liège", texte, StringComparison.Ordinal);
        Assert.Contains("3. Dossier\u00a0: CPAS de Seraing — Insertion 2027", texte, StringComparison.Ordinal);
        Assert.Contains("Rien n'attend d'être inscrit.", texte, StringComparison.Ordinal);
        var seance = await SeanceAsync();
        Assert.Equal(3, seance.Points.Count);
        var (votePlan, voteConvention) = (seance.Points[0].Scrutin, seance.Points[1].Scrutin);
        var ouvert = (await Service<ScrutinsStockes>().ChargerAsync(voteConvention, CancellationToken.None))?.Scrutin;
        Assert.True(ouvert?.Secret);
        Assert.Equal(seance.EcheanceDesVotes, ouvert?.Echeance);

        // The meeting votes the plan and the convention; the dossier's vote is still open when the meeting is over.
        await VoterEtCloreAsync(Suivi, votePlan);
        await VoterEtCloreAsync(Suivi, voteConvention, Choix.Contre);
        Horloge.Advance(TimeSpan.FromDays(8));
        ordre = await EcrireAsync(1, "ordre du jour");
        var redaction = await AppuyerAsync(ordre, 1, "compte-rendu", reference: seance.Id.ToString());
        texte = CarteJson.Texte(redaction);
        Assert.Contains($"Plan d'actions {plan.Annee} — Comité de suivi — Liège\u00a0: adopté (pour 8, contre 0, abstentions 0)", texte, StringComparison.Ordinal);
        Assert.Contains("Convention particulière «\u00a0Ateliers numériques\u00a0» — Comité de suivi — Liège\u00a0: rejeté (pour 0, contre 8, abstentions 0)", texte, StringComparison.Ordinal);
        Assert.Contains("Dossier\u00a0: CPAS de Seraing — Insertion 2027\u00a0: vote en cours", texte, StringComparison.Ordinal);
        const string Notes = "Présents : huit membres et la MIRE.\nLe plan est adopté à l'unanimité.";
        var refus = await AppuyerAsync(redaction, 1, "enregistrer-compte-rendu", new Dictionary<string, string> { ["compte-rendu-notes"] = Notes }, reference: seance.Id.ToString());
        Assert.Contains("attend que chacun de ses votes soit clos", CarteJson.Texte(refus), StringComparison.Ordinal);
        Assert.Equal(Notes, Saisie(refus, "compte-rendu-notes"));
        Assert.Equal(EtatDuCompteRendu.Absent, (await SeanceAsync()).CompteRendu);

        await VoterEtCloreAsync(Suivi, dossier.Id);
        var redige = await AppuyerAsync(refus, 1, "enregistrer-compte-rendu", new Dictionary<string, string> { ["compte-rendu-notes"] = Notes }, reference: seance.Id.ToString());
        Assert.Contains("Compte-rendu enregistré.", CarteJson.Texte(redige), StringComparison.Ordinal);
        seance = await SeanceAsync();
        Assert.Equal([Decision.Adopte, Decision.Rejete, Decision.Adopte], seance.Decisions.Select(d => d.Decision));

        // The minutes go on the next meeting's agenda only once it is planned; approved there, the President gets them to file.
        Assert.Contains("s'approuve à une séance suivante", CarteJson.Texte(await AppuyerAsync(await EcrireAsync(1, "ordre du jour"), 1, "inscrire", reference: seance.Id.ToString())), StringComparison.Ordinal);
        ordre = await PlanifierAsync(1, 21);
        Assert.Contains($"Compte-rendu de la séance du {Resources.Formats.Jour(jourDeLaSeance, CultureInfo.GetCultureInfo("fr-BE"))}", CarteJson.Texte(ordre), StringComparison.Ordinal);
        ordre = await AppuyerAsync(ordre, 1, "inscrire", reference: seance.Id.ToString());
        var suivante = await SeanceAsync(1);
        Assert.Equal(NatureDeLObjet.CompteRendu, Assert.Single(suivante.Points).Nature);
        Assert.Equal(EtatDuCompteRendu.Soumis, (await SeanceAsync()).CompteRendu);
        await VoterEtCloreAsync(Suivi, suivante.Points[0].Scrutin);
        Assert.Equal(EtatDuCompteRendu.Approuve, (await SeanceAsync()).CompteRendu);

        var approuve = await Canal.AttendreAsync(r => r.Method == "POST" && r.Path.Contains("personnel-1", StringComparison.Ordinal) && r.Body.Contains("est approuvé", StringComparison.Ordinal));
        var message = approuve.Json.GetProperty("text").GetString() ?? string.Empty;
        var lien = new Uri(message[message.IndexOf("http", StringComparison.Ordinal)..].Trim());
        using var document = await Bot.Http.GetAsync(lien.PathAndQuery.TrimStart('/'));
        Assert.Equal(System.Net.HttpStatusCode.OK, document.StatusCode);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await document.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word));
        var contenu = word.MainDocumentPart?.Document?.Body?.InnerText ?? string.Empty;
        Assert.Contains("Ateliers numériques", contenu, StringComparison.Ordinal);
        Assert.Contains("rejeté", contenu, StringComparison.Ordinal);
        Assert.Contains("Le plan est adopté à l'unanimité.", contenu, StringComparison.Ordinal);
        Assert.Contains("Compte-rendu approuvé", contenu, StringComparison.Ordinal);
        var journal = await Service<SeancesStockees>().JournalAsync(seance.Id.ToString(), CancellationToken.None);
        Assert.Equal(["seance.planifiee", "seance.point-inscrit", "seance.point-inscrit", "seance.point-inscrit", "seance.compte-rendu-redige", "seance.compte-rendu-soumis", "seance.compte-rendu-approuve"], journal.Select(e => e.Action));
    }
}
