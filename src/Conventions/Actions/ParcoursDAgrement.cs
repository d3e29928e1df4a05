using Conventions.Calendrier;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Votes;

namespace Conventions.Actions;

public enum EtatDuProjet
{
    /// <summary>Its committee's members draft it.</summary>
    Brouillon,

    /// <summary>On its committee's agenda for its opinion, this version frozen with its hash.</summary>
    SoumisALAvis,

    /// <summary>Its committee's opinion is favourable: the validating committee votes next.</summary>
    AValider,

    /// <summary>Validated (agréé): it takes effect.</summary>
    Valide,

    /// <summary>A validated revision took its place.</summary>
    Remplace,
}

/// <summary>What a closed vote did to a draft on its way.</summary>
public enum IssueDuParcours
{
    /// <summary>Back to its drafters, with the reason.</summary>
    Renvoye,

    /// <summary>Its committee's opinion is favourable: to the validating committee.</summary>
    AvisFavorable,

    Valide,
}

/// <summary>
/// The way a Comité de suivi's draft goes (seed 002, art. 4 and 5): its committee's opinion (*avis de pertinence*),
/// then the Comité d'accompagnement's validation (*agrément*), each on the same frozen version, each put on the agenda
/// by the secretariat the statutes name (R05, R10) — the way R06 works for dossiers.
/// </summary>
public sealed class ParcoursDAgrement
{
    public EtatDuProjet Etat { get; private set; }

    /// <summary>Incremented each time the draft is put to its committee: the votes are on that version.</summary>
    public int Version { get; private set; }

    /// <summary>The hash of the version on the agenda, recorded when it was frozen.</summary>
    public string? EmpreinteSoumise { get; private set; }

    /// <summary>Why the last vote sent it back to its drafters, if one did.</summary>
    public string? MotifDuRetour { get; private set; }

    public bool EstModifiable => Etat == EtatDuProjet.Brouillon;

    public static ParcoursDAgrement Restaurer(EtatDuProjet etat, int version, string? empreinteSoumise, string? motifDuRetour) =>
        new() { Etat = etat, Version = version, EmpreinteSoumise = empreinteSoumise, MotifDuRetour = motifDuRetour };

    /// <summary>
    /// The secretariat of <paramref name="comite"/> puts the draft on its agenda: the drafting committee for its
    /// opinion (this version frozen with <paramref name="empreinte"/>), or, once the opinion is favourable, the
    /// committee with the <paramref name="validation"/> statutes. Returns the stage the committee votes for.
    /// </summary>
    public EtapeDuComite Inscrire(Comite comite, ComiteId redacteur, string validation, Func<string> empreinte, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(comite);
        ArgumentNullException.ThrowIfNull(empreinte);
        ExigerLeSecretariat(comite, par, maintenant);
        if (Etat == EtatDuProjet.Brouillon && comite.Id == redacteur)
        {
            Etat = EtatDuProjet.SoumisALAvis;
            Version++;
            EmpreinteSoumise = empreinte();
            MotifDuRetour = null;
            return EtapeDuComite.Avis;
        }

        if (Etat == EtatDuProjet.AValider && comite.Statuts.Code == validation)
        {
            return EtapeDuComite.Decision;
        }

        throw new RegleMetierException(CodesErreur.TransitionInterdite, Etat, comite.Nom);
    }

    /// <summary>
    /// A closed vote on the frozen version, by the committee whose statutes are <paramref name="statutsDuComite"/>:
    /// the drafting committee's opinion (<paramref name="redaction"/> statutes), then the validation. A vote without
    /// a decision, on another version, or of a committee not at its stage changes nothing (null).
    /// </summary>
    public IssueDuParcours? Appliquer(ResultatDuScrutin vote, string statutsDuComite, string redaction, string validation, string? motifDeRetour)
    {
        ArgumentNullException.ThrowIfNull(vote);
        if (vote.Decision is Decision.QuorumNonAtteint or Decision.PariteNonRespectee || vote.EmpreinteDocument != EmpreinteSoumise)
        {
            return null;
        }

        var etape = (Etat, statutsDuComite) switch
        {
            (EtatDuProjet.SoumisALAvis, var s) when s == redaction => EtapeDuComite.Avis,
            (EtatDuProjet.AValider, var s) when s == validation => EtapeDuComite.Decision,
            _ => (EtapeDuComite?)null,
        };
        if (etape is null)
        {
            return null;
        }

        if (vote.Decision != Decision.Adopte)
        {
            Etat = EtatDuProjet.Brouillon;
            MotifDuRetour = motifDeRetour;
            return IssueDuParcours.Renvoye;
        }

        Etat = etape == EtapeDuComite.Avis ? EtatDuProjet.AValider : EtatDuProjet.Valide;
        return etape == EtapeDuComite.Avis ? IssueDuParcours.AvisFavorable : IssueDuParcours.Valide;
    }

    /// <summary>A validated revision now stands in the place of this validated draft.</summary>
    public bool Remplacer()
    {
        if (Etat != EtatDuProjet.Valide)
        {
            return false;
        }

        Etat = EtatDuProjet.Remplace;
        return true;
    }

    /// <summary>R05, R10: only the committee's secretariat, as its statutes name it today, puts items on its agenda.</summary>
    public static void ExigerLeSecretariat(Comite comite, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(comite);
        if (!comite.Secretariat(Bruxelles.Jour(maintenant)).Contains(par))
        {
            throw new RegleMetierException(CodesErreur.ReserveAuSecretariat, comite.Nom);
        }
    }

    /// <summary>Only the committee's voting members draft what it puts to its vote.</summary>
    public static void ExigerRedacteur(Comite comite, MembreId par)
    {
        ArgumentNullException.ThrowIfNull(comite);
        if (comite.Membre(par) is not { Votant: true })
        {
            throw new RegleMetierException(CodesErreur.PasMembreDuComite, comite.Nom);
        }
    }
}
