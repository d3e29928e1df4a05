using System.Globalization;
using System.Text.Json;
using Conventions.Calendrier;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Seances;
using Conventions.Votes;
using Microsoft.Extensions.Options;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Seances;
using TeamsConventions.Application.Votes;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>
/// The agenda card's buttons, pressed in a committee's channel by its secretariat: plan the next meeting, put an item
/// on it (its vote posted in the channel), write a past meeting's minutes. Every refusal comes back on the card with
/// its reason, nothing typed lost.
/// </summary>
public sealed class EditerLOrdreDuJour(
    ConsulterLOrdreDuJour consulter, PlanifierUneSeance planifier, InscrireUnPoint inscrire, CompteRenduDeSeance compteRendu, ISeances seances, IScrutins scrutins, IComites comites,
    IDocumentsDesSeances documents, IOptions<Hosting.DossiersOptions> options, TimeProvider timeProvider) : IActionDeCarte
{
    public string Verbe => Verbes.OrdreDuJour;

    public async Task<InvokeResponse> ExecuterAsync(Tour tour, JsonElement? donnees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tour);
        var t = tour.Textes;
        if (LectureDesDonnees.Lire<DonneesDOrdreDuJour>(donnees) is not { } demande || tour.Membre is not { } membre)
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        if (LieuDuTour.Comite(tour) is not { } lieu)
        {
            return InvokeResponse.Carte(ComiteCard.Message(t[CleTexte.OdjHorsCanal]));
        }

        var valeurs = LectureDesDonnees.Saisies(donnees);
        try
        {
            return demande.Aller switch
            {
                DeplacementsDeLOrdreDuJour.Planifier => await PlanifierAsync(t, lieu, valeurs, membre, cancellationToken),
                DeplacementsDeLOrdreDuJour.Inscrire when Enum.TryParse<NatureDeLObjet>(demande.Nature, out var nature) && Enum.IsDefined(nature) && demande.Reference is { } reference =>
                    await InscrireAsync(t, lieu, nature, reference, valeurs.GetValueOrDefault(OrdreDuJourCard.ChampSecret(reference)) == "true", membre, cancellationToken),
                DeplacementsDeLOrdreDuJour.CompteRendu when SeanceId.Lire(demande.Reference) is { } seance => await CompteRenduAsync(t, seance, null, false, cancellationToken),
                DeplacementsDeLOrdreDuJour.EnregistrerCompteRendu when SeanceId.Lire(demande.Reference) is { } seance =>
                    await EnregistrerLeCompteRenduAsync(t, seance, valeurs.GetValueOrDefault(DeplacementsDeLOrdreDuJour.ChampNotes), membre, cancellationToken),
                _ => LectureDesDonnees.CarteInvalide(t),
            };
        }
        catch (RegleMetierException erreur)
        {
            return await OrdreAsync(t, lieu, t.Erreur(erreur), true, cancellationToken);
        }
    }

    private async Task<InvokeResponse> PlanifierAsync(Textes t, LieuDuComite lieu, IReadOnlyDictionary<string, string> valeurs, MembreId membre, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(valeurs.GetValueOrDefault(DeplacementsDeLOrdreDuJour.ChampDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var jour)
            || !TimeOnly.TryParseExact(valeurs.GetValueOrDefault(DeplacementsDeLOrdreDuJour.ChampHeure), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var heure))
        {
            return await OrdreAsync(t, lieu, t[CleTexte.OdjDateInvalide], true, cancellationToken);
        }

        var mode = Enum.TryParse<ModeDeSeance>(valeurs.GetValueOrDefault(DeplacementsDeLOrdreDuJour.ChampMode), out var choisi) && Enum.IsDefined(choisi) ? choisi : ModeDeSeance.Reunion;
        var local = jour.ToDateTime(heure);
        var date = new DateTimeOffset(local, Bruxelles.Fuseau.GetUtcOffset(local));
        return await planifier.ExecuterAsync(lieu, mode, date, membre, cancellationToken) is null
            ? InvokeResponse.Carte(ComiteCard.Message(t[CleTexte.PlanComiteNonConfigure]))
            : await OrdreAsync(t, lieu, t[CleTexte.OdjPlanifiee], false, cancellationToken);
    }

    private async Task<InvokeResponse> InscrireAsync(Textes t, LieuDuComite lieu, NatureDeLObjet nature, string reference, bool secret, MembreId membre, CancellationToken cancellationToken)
    {
        if (await inscrire.ExecuterAsync(lieu, nature, reference, secret, membre, cancellationToken) is not { } inscription)
        {
            return LectureDesDonnees.CarteInvalide(t);
        }

        return inscription.Issue switch
        {
            IssueDeLInscription.Inscrit => await OrdreAsync(t, lieu, t.Format(CleTexte.OdjInscrit, inscription.Scrutin.Echeance), false, cancellationToken),
            IssueDeLInscription.VoteNonPublie => await OrdreAsync(t, lieu, t[CleTexte.PlanVoteNonPublie], true, cancellationToken),
            _ => await OrdreAsync(t, lieu, t.Format(CleTexte.OdjDejaInscrit, inscription.Scrutin.Echeance), false, cancellationToken),
        };
    }

    private async Task<InvokeResponse> EnregistrerLeCompteRenduAsync(Textes t, SeanceId id, string? notes, MembreId membre, CancellationToken cancellationToken)
    {
        try
        {
            return await compteRendu.RedigerAsync(id, notes, membre, cancellationToken) is null
                ? InvokeResponse.Erreur(StatusCodes.Status404NotFound, "seance.introuvable", t[CleTexte.OdjSeanceIntrouvable])
                : await CompteRenduAsync(t, id, t[CleTexte.OdjCompteRenduEnregistre], false, cancellationToken);
        }
        catch (RegleMetierException erreur)
        {
            return await CompteRenduAsync(t, id, t.Erreur(erreur), true, cancellationToken, notes);
        }
    }

    /// <summary>The minutes' card: the decisions as the votes stand now; the notes typed kept when the save was refused.</summary>
    private async Task<InvokeResponse> CompteRenduAsync(Textes t, SeanceId id, string? message, bool erreur, CancellationToken cancellationToken, string? tapees = null)
    {
        if (await seances.ChargerAsync(id, cancellationToken) is not { } seance || await comites.ChargerAsync(seance.Comite, cancellationToken) is not { } comite)
        {
            return InvokeResponse.Erreur(StatusCodes.Status404NotFound, "seance.introuvable", t[CleTexte.OdjSeanceIntrouvable]);
        }

        var points = new List<(PointDeLOrdreDuJour, ResultatDuScrutin?)>();
        foreach (var point in seance.Points)
        {
            points.Add((point, (await scrutins.ChargerAsync(point.Scrutin, cancellationToken))?.Resultat));
        }

        var document = seance.CompteRendu == EtatDuCompteRendu.Absent
            ? null
            : new Uri(documents.Adresse(seance.Id, seance.EmpreinteDuContenuDuCompteRendu(), timeProvider.GetUtcNow().AddHours(options.Value.DureeDesLiensEnHeures)));
        return InvokeResponse.Carte(OrdreDuJourCard.CompteRendu(t, comite, seance, points, tapees ?? seance.Notes, document, message, erreur));
    }

    private async Task<InvokeResponse> OrdreAsync(Textes t, LieuDuComite lieu, string message, bool erreur, CancellationToken cancellationToken) =>
        await consulter.ExecuterAsync(lieu, cancellationToken) is { } ordre
            ? InvokeResponse.Carte(OrdreDuJourCard.Composer(t, ordre, timeProvider.GetUtcNow(), message, erreur))
            : InvokeResponse.Carte(ComiteCard.Message(t[CleTexte.PlanComiteNonConfigure]));
}
