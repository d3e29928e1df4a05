using Conventions.Comites;
using Conventions.Seances;
using Conventions.Votes;
using TeamsConventions.Application.Comites;
using TeamsConventions.Application.Dossiers;
using TeamsConventions.Application.Votes;

namespace TeamsConventions.Application.Seances;

public enum IssueDeLInscription
{
    /// <summary>The vote is open and before the committee.</summary>
    Inscrit,

    /// <summary>This version is already before the committee for this stage.</summary>
    DejaInscrit,

    /// <summary>The vote is open but could not be put before the committee now; pressing again posts it.</summary>
    VoteNonPublie,
}

/// <summary>What putting an item on the agenda did: the committee, its vote, and the meeting it is on (none: it is voted on by its own deadline).</summary>
public sealed record Inscription(IssueDeLInscription Issue, Comite Comite, Scrutin Scrutin, Seance? Seance);

/// <summary>The item frozen for its vote: the vote's id per attempt, and what it is about.</summary>
public sealed record PointAVoter(Func<int, ScrutinId> IdDeLaTentative, ObjetDuVote Objet);

/// <summary>
/// Puts an item on its committee's agenda, whatever the item: on the committee's next meeting when one is planned
/// (its vote closes with the meeting, the item listed on its agenda), otherwise voted on by the usual deadline. The
/// meeting is checked before the item is frozen; the vote opens once (<see cref="OuvertureDUnVote"/>) and is posted
/// in the committee's place.
/// </summary>
public sealed class InscriptionALOrdreDuJour(ISeances seances, OuvertureDUnVote ouverture, ILieuxDesVotes lieux, IAppelsAProjets reglages, TimeProvider timeProvider)
{
    /// <summary>The committee's next meeting still to come, if one is planned.</summary>
    public async Task<Seance?> ProchaineAsync(ComiteId comite, CancellationToken cancellationToken)
    {
        return Seance.Prochaine(await seances.DuComiteAsync(comite, cancellationToken), timeProvider.GetUtcNow());
    }

    /// <param name="figer">
    /// Freezes the item for its vote (the item's own rules, the secretariat's among them), given the meeting it goes
    /// on (if any) and its vote's deadline, and says what is voted on.
    /// </param>
    public async Task<Inscription> ExecuterAsync(LieuDuComite lieu, Comite comite, Func<Seance?, DateTimeOffset, Task<PointAVoter>> figer, bool secret, Conventions.Membres.MembreId par, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comite);
        ArgumentNullException.ThrowIfNull(figer);
        var maintenant = timeProvider.GetUtcNow();
        var seance = await ProchaineAsync(comite.Id, cancellationToken);
        seance?.VerifierQuePeutInscrire(comite, par, maintenant);
        var echeance = seance?.EcheanceDesVotes ?? maintenant + reglages.DureeDuVote;
        var (idDeLaTentative, objet) = await figer(seance, echeance);
        var (scrutin, dejaPublie) = await ouverture.ExecuterAsync(idDeLaTentative, id => Scrutin.Ouvrir(id, comite, objet, secret, echeance, par, maintenant), cancellationToken);
        if (seance is not null)
        {
            var point = new PointDeLOrdreDuJour(scrutin.Id, objet.Nature, objet.Reference, objet.Intitule, objet.EmpreinteDocument, scrutin.Secret);
            seance = await seances.ModifierAsync(seance.Id, s => s.Inscrire(point, comite, par, maintenant), cancellationToken) ?? seance;
        }

        if (dejaPublie)
        {
            return new Inscription(IssueDeLInscription.DejaInscrit, comite, scrutin, seance);
        }

        return new Inscription(await lieux.PublierDansAsync(lieu, scrutin, cancellationToken) ? IssueDeLInscription.Inscrit : IssueDeLInscription.VoteNonPublie, comite, scrutin, seance);
    }
}
