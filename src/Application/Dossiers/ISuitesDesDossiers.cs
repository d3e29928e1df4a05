using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Votes;

namespace TeamsConventions.Application.Dossiers;

/// <summary>What follows a dossier's step, handed over to be delivered once and retried: every editor's list, the co-editors, the analysts.</summary>
public interface ISuitesDesDossiers
{
    /// <summary>Opened, or filled further: its editors' lists show how far it is.</summary>
    Task ModifieAsync(DossierDeProposition dossier, CancellationToken cancellationToken);

    /// <summary>A colleague joined with an invitation: the editors' lists include them, whoever invited them is told.</summary>
    Task RejointAsync(DossierDeProposition dossier, MembreId membre, string nom, MembreId inviteur, CancellationToken cancellationToken);

    /// <summary>Not submitted <paramref name="jours"/> days before its call closes: its editors are reminded of the exact closing time.</summary>
    Task RappelAsync(DossierDeProposition dossier, AppelAProjets appel, int jours, CancellationToken cancellationToken);

    /// <summary>Submitted: returns whether the analysts can be reached now (otherwise the dossier waits for their channel, and is not lost).</summary>
    Task<bool> DeposeAsync(DossierDeProposition dossier, MembreId par, string nomDuDeposant, CancellationToken cancellationToken);

    /// <summary>Put to the committee's vote: its editors learn which committee votes, and their lists say so.</summary>
    Task TransmisAsync(DossierDeProposition dossier, Scrutin scrutin, Comite comite, CancellationToken cancellationToken);

    /// <summary>Sent back by the analysts: its editors learn why, and it is theirs to change again.</summary>
    Task RenvoyeAsync(DossierDeProposition dossier, CancellationToken cancellationToken);
}
