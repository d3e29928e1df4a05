using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Seances;
using Conventions.Votes;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Votes;

namespace TeamsConventions.Application.Seances;

/// <summary>What follows approved minutes, handed over to be delivered once: the secretariat gets them to file.</summary>
public interface ISuitesDesSeances
{
    Task CompteRenduApprouveAsync(Seance seance, Comite comite, CancellationToken cancellationToken);
}

/// <summary>
/// A meeting's minutes: drafted by the secretariat from the decisions its items' closed votes recorded, with its
/// notes; put on the next meeting's agenda for approval; the approval applied and handed over.
/// </summary>
public sealed class CompteRenduDeSeance(
    ISeances seances, IScrutins scrutins, IComites comites, InscriptionALOrdreDuJour inscription, IDocumentsDesSeances documents, ISuitesDesSeances suites, TimeProvider timeProvider)
{
    /// <summary>
    /// The secretariat saves the minutes' notes; the decisions are gathered again from the votes. Returns null for a
    /// meeting or committee that is gone; a vote still open, or someone other than the secretariat, is a
    /// <see cref="RegleMetierException"/>.
    /// </summary>
    public async Task<Seance?> RedigerAsync(SeanceId id, string? notes, MembreId par, CancellationToken cancellationToken)
    {
        if (await seances.ChargerAsync(id, cancellationToken) is not { } seance || await comites.ChargerAsync(seance.Comite, cancellationToken) is not { } comite)
        {
            return null;
        }

        var decisions = new List<DecisionConsignee>();
        foreach (var point in seance.Points)
        {
            if (await scrutins.ChargerAsync(point.Scrutin, cancellationToken) is { Resultat: { } resultat })
            {
                decisions.Add(DecisionConsignee.Depuis(point, resultat));
            }
        }

        var maintenant = timeProvider.GetUtcNow();
        return await seances.ModifierAsync(id, s => s.RedigerLeCompteRendu(comite, decisions, notes, par, maintenant), cancellationToken);
    }

    /// <summary>The minutes of meeting <paramref name="id"/> put on the next meeting's agenda of the committee sitting in <paramref name="lieu"/>, for approval.</summary>
    public async Task<Inscription?> InscrireAsync(SeanceId id, LieuDuComite lieu, bool secret, MembreId par, CancellationToken cancellationToken)
    {
        if (await seances.ChargerAsync(id, cancellationToken) is not { } lue || await comites.DuLieuAsync(lieu, cancellationToken) is not { } comite)
        {
            return null;
        }

        return await inscription.ExecuterAsync(lieu, comite, async (suivante, echeance) =>
        {
            var maintenant = timeProvider.GetUtcNow();
            if (suivante is null)
            {
                throw new RegleMetierException(CodesErreur.CompteRenduAUneSeanceSuivante, Conventions.Calendrier.Bruxelles.Jour(lue.Date));
            }

            var empreinte = string.Empty;
            var seance = await seances.ModifierAsync(id, s => empreinte = s.SoumettreLeCompteRendu(suivante, par, maintenant), cancellationToken) ?? lue;
            var objet = new ObjetDuVote(NatureDeLObjet.CompteRendu, seance.Id.ToString(), documents.Intitule(seance, comite), empreinte,
                AdresseDuDocument: documents.Adresse(seance.Id, empreinte, echeance + TimeSpan.FromDays(30)));
            return new PointAVoter(tentative => ScrutinId.DuCompteRendu(seance.Id, empreinte, tentative), objet);
        }, secret, par, cancellationToken);
    }

    /// <summary>A closed vote on submitted minutes: applied, and approved minutes handed over.</summary>
    public async Task AppliquerLeVoteAsync(SeanceId id, ResultatDuScrutin resultat, Comite comite, string? motif, MembreId par, DateTimeOffset maintenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comite);
        var change = false;
        var seance = await seances.ModifierAsync(id, s => change = s.AppliquerLeVoteSurLeCompteRendu(resultat, motif, par, maintenant), cancellationToken);
        if (change && seance is { CompteRendu: EtatDuCompteRendu.Approuve })
        {
            await suites.CompteRenduApprouveAsync(seance, comite, cancellationToken);
        }
    }
}
