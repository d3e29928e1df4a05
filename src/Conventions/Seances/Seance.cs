using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Conventions.Actions;
using Conventions.Audit;
using Conventions.Calendrier;
using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;
using Conventions.Votes;

namespace Conventions.Seances;

public readonly record struct SeanceId(Guid Valeur)
{
    public static SeanceId Nouveau() => new(Guid.NewGuid());

    public static SeanceId? Lire(string? texte) => Guid.TryParseExact(texte, "N", out var guid) ? new SeanceId(guid) : null;

    public override string ToString() => Valeur.ToString("N");
}

public enum ModeDeSeance
{
    /// <summary>The committee meets: its votes close at the end of the meeting's day, unless the chair closes them first.</summary>
    Reunion,

    /// <summary>No meeting: the members vote by a deadline.</summary>
    ProcedureEcrite,
}

public enum EtatDuCompteRendu
{
    /// <summary>Not drafted yet.</summary>
    Absent,

    /// <summary>Drafted by the secretariat, still open to its changes.</summary>
    Redige,

    /// <summary>On a later meeting's agenda for approval: this version frozen with its hash.</summary>
    Soumis,

    Approuve,
}

/// <summary>An item on the agenda: what is voted on, the vote it opened, its document's hash, secret or not.</summary>
public sealed record PointDeLOrdreDuJour(ScrutinId Scrutin, NatureDeLObjet Nature, string Reference, string Intitule, string Empreinte, bool Secret);

/// <summary>What a meeting decided on one item, as its closed vote recorded it, for the minutes.</summary>
public sealed record DecisionConsignee(ScrutinId Scrutin, string Intitule, Decision Decision, int Pour, int Contre, int Abstention, DateTimeOffset ClosLe)
{
    public static DecisionConsignee Depuis(PointDeLOrdreDuJour point, ResultatDuScrutin resultat)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(resultat);
        return new(point.Scrutin, point.Intitule, resultat.Decision, resultat.Pour, resultat.Contre, resultat.Abstention, resultat.ClosLe);
    }
}

/// <summary>
/// A meeting of a committee (or a written procedure) and its agenda: the secretariat the statutes name (R05, R10)
/// plans it and puts items on it, each opening its own vote that closes with the meeting; afterwards it drafts the
/// *compte-rendu* from the decisions of those votes and its own notes, and puts it on a later meeting's agenda,
/// where the committee approves it.
/// </summary>
public sealed class Seance : Agregat
{
    /// <summary>So that the agenda's card stays within Teams' 28 KB.</summary>
    public const int PointsMaximum = 20;

    public const int LongueurDesNotes = 4000;

    private readonly List<PointDeLOrdreDuJour> _points = [];
    private readonly List<DecisionConsignee> _decisions = [];

    private Seance(SeanceId id, ComiteId comite, ModeDeSeance mode, DateTimeOffset date)
    {
        Id = id;
        Comite = comite;
        Mode = mode;
        Date = date;
    }

    public SeanceId Id { get; }

    public ComiteId Comite { get; }

    public ModeDeSeance Mode { get; }

    /// <summary>When the meeting starts, or the written procedure's deadline.</summary>
    public DateTimeOffset Date { get; }

    public IReadOnlyList<PointDeLOrdreDuJour> Points => _points;

    /// <summary>The decisions gathered into the minutes, item by item.</summary>
    public IReadOnlyList<DecisionConsignee> Decisions => _decisions;

    public string? Notes { get; private set; }

    public EtatDuCompteRendu CompteRendu { get; private set; }

    /// <summary>The hash of the minutes' version submitted for approval.</summary>
    public string? EmpreinteDuCompteRendu { get; private set; }

    public string? MotifDuRetour { get; private set; }

    /// <summary>The items' votes close then: at the end of the meeting's day in Brussels, or at the procedure's deadline.</summary>
    public DateTimeOffset EcheanceDesVotes => Mode == ModeDeSeance.ProcedureEcrite
        ? Date
        : new DateTimeOffset(Bruxelles.Jour(Date).AddDays(1).ToDateTime(TimeOnly.MinValue), Bruxelles.Fuseau.GetUtcOffset(Bruxelles.Jour(Date).AddDays(1).ToDateTime(TimeOnly.MinValue)));

    public bool EstAVenir(DateTimeOffset maintenant) => EcheanceDesVotes > maintenant;

    /// <summary>Of a committee's meetings, the next one still to come: the agenda items go on.</summary>
    public static Seance? Prochaine(IEnumerable<Seance> seances, DateTimeOffset maintenant) =>
        seances.Where(s => s.EstAVenir(maintenant)).MinBy(s => s.Date);

    /// <summary>The secretariat plans a meeting (or a written procedure) of its committee, in the future.</summary>
    public static Seance Planifier(SeanceId id, Comite comite, ModeDeSeance mode, DateTimeOffset date, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(comite);
        ParcoursDAgrement.ExigerLeSecretariat(comite, par, maintenant);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode));
        }

        var seance = new Seance(id, comite.Id, mode, date);
        if (date <= maintenant)
        {
            throw new RegleMetierException(CodesErreur.SeancePassee, Bruxelles.Jour(date));
        }

        seance.Journaliser(par, maintenant, ActionAuditee.SeancePlanifiee, id.ToString(), $"{mode} {date.ToString("O", CultureInfo.InvariantCulture)}");
        return seance;
    }

    public static Seance Restaurer(
        SeanceId id, ComiteId comite, ModeDeSeance mode, DateTimeOffset date, IEnumerable<PointDeLOrdreDuJour> points, IEnumerable<DecisionConsignee> decisions, string? notes,
        EtatDuCompteRendu compteRendu, string? empreinteDuCompteRendu, string? motifDuRetour)
    {
        var seance = new Seance(id, comite, mode, date) { Notes = notes, CompteRendu = compteRendu, EmpreinteDuCompteRendu = empreinteDuCompteRendu, MotifDuRetour = motifDuRetour };
        seance._points.AddRange(points);
        seance._decisions.AddRange(decisions);
        return seance;
    }

    /// <summary>
    /// R05, R10: the secretariat checks that an item may go on this agenda before its vote opens: the meeting is still
    /// to come and has room. An item already on it is no error (its vote is the same).
    /// </summary>
    public void VerifierQuePeutInscrire(Comite comite, MembreId par, DateTimeOffset maintenant)
    {
        ExigerLeSecretariatDuComite(comite, par, maintenant);
        if (!EstAVenir(maintenant))
        {
            throw new RegleMetierException(CodesErreur.SeancePassee, Bruxelles.Jour(Date));
        }

        if (_points.Count >= PointsMaximum)
        {
            throw new RegleMetierException(CodesErreur.OrdreDuJourComplet, PointsMaximum);
        }
    }

    /// <summary>The item whose vote just opened joins the agenda; once only.</summary>
    public bool Inscrire(PointDeLOrdreDuJour point, Comite comite, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(point);
        if (_points.Any(p => p.Scrutin == point.Scrutin))
        {
            return false;
        }

        VerifierQuePeutInscrire(comite, par, maintenant);
        _points.Add(point);
        Journaliser(par, maintenant, ActionAuditee.SeancePointInscrit, Id.ToString(), $"{point.Nature} {point.Reference} : {point.Intitule}", point.Empreinte);
        return true;
    }

    /// <summary>
    /// The secretariat drafts the minutes once every item's vote is closed: their decisions, as recorded
    /// (<paramref name="decisions"/>, one per item), and its notes. Open to changes until submitted for approval.
    /// </summary>
    public void RedigerLeCompteRendu(Comite comite, IReadOnlyList<DecisionConsignee> decisions, string? notes, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ExigerLeSecretariatDuComite(comite, par, maintenant);
        if (CompteRendu is EtatDuCompteRendu.Soumis or EtatDuCompteRendu.Approuve)
        {
            throw new RegleMetierException(CodesErreur.CompteRenduNonModifiable, Bruxelles.Jour(Date));
        }

        if (_points.Count == 0 || _points.Any(p => decisions.All(d => d.Scrutin != p.Scrutin)))
        {
            throw new RegleMetierException(CodesErreur.CompteRenduAvantLesDecisions, Bruxelles.Jour(Date));
        }

        _decisions.Clear();
        _decisions.AddRange(_points.Select(p => decisions.First(d => d.Scrutin == p.Scrutin)));
        var propres = Texte.Borne("notes", notes, LongueurDesNotes, obligatoire: false);
        Notes = propres.Length == 0 ? null : propres;
        CompteRendu = EtatDuCompteRendu.Redige;
        Journaliser(par, maintenant, ActionAuditee.SeanceCompteRenduRedige, Id.ToString(), $"{_decisions.Count} décision(s)", EmpreinteDuContenuDuCompteRendu());
    }

    /// <summary>
    /// The minutes go on the agenda of <paramref name="suivante"/>, a later meeting of the same committee, for
    /// approval: this version frozen with its hash, which the vote names.
    /// </summary>
    public string SoumettreLeCompteRendu(Seance suivante, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(suivante);
        if (suivante.Comite != Comite || suivante.Date <= Date)
        {
            throw new RegleMetierException(CodesErreur.CompteRenduAUneSeanceSuivante, Bruxelles.Jour(Date));
        }

        if (CompteRendu == EtatDuCompteRendu.Soumis && EmpreinteDuCompteRendu is { } soumise)
        {
            return soumise;
        }

        if (CompteRendu != EtatDuCompteRendu.Redige)
        {
            throw new RegleMetierException(CompteRendu == EtatDuCompteRendu.Absent ? CodesErreur.CompteRenduAbsent : CodesErreur.CompteRenduNonModifiable, Bruxelles.Jour(Date));
        }

        CompteRendu = EtatDuCompteRendu.Soumis;
        EmpreinteDuCompteRendu = EmpreinteDuContenuDuCompteRendu();
        MotifDuRetour = null;
        Journaliser(par, maintenant, ActionAuditee.SeanceCompteRenduSoumis, Id.ToString(), suivante.Id.ToString(), EmpreinteDuCompteRendu);
        return EmpreinteDuCompteRendu;
    }

    /// <summary>
    /// The closed vote on the submitted minutes: adopted, they are approved; otherwise they go back to the secretariat
    /// with the reason. A vote without a decision or on another version changes nothing. Returns whether it changed.
    /// </summary>
    public bool AppliquerLeVoteSurLeCompteRendu(ResultatDuScrutin vote, string? motifDeRetour, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(vote);
        if (CompteRendu != EtatDuCompteRendu.Soumis || vote.EmpreinteDocument != EmpreinteDuCompteRendu || vote.Decision is Decision.QuorumNonAtteint or Decision.PariteNonRespectee)
        {
            return false;
        }

        if (vote.Decision == Decision.Adopte)
        {
            CompteRendu = EtatDuCompteRendu.Approuve;
            Journaliser(par, maintenant, ActionAuditee.SeanceCompteRenduApprouve, Id.ToString(), Bruxelles.Jour(Date).ToString("O", CultureInfo.InvariantCulture), EmpreinteDuCompteRendu);
            return true;
        }

        CompteRendu = EtatDuCompteRendu.Redige;
        MotifDuRetour = motifDeRetour;
        Journaliser(par, maintenant, ActionAuditee.SeanceCompteRenduRenvoye, Id.ToString(), motifDeRetour ?? vote.Decision.ToString(), EmpreinteDuCompteRendu);
        return true;
    }

    /// <summary>The hash of the minutes' content: the meeting, each decision and the notes, in a fixed order.</summary>
    public string EmpreinteDuContenuDuCompteRendu()
    {
        var contenu = new StringBuilder(Id.ToString()).Append('\u001D').Append(Date.ToString("O", CultureInfo.InvariantCulture)).Append('\u001D');
        foreach (var d in _decisions)
        {
            contenu.Append(CultureInfo.InvariantCulture, $"{d.Scrutin}\u001F{d.Intitule}\u001F{d.Decision}\u001F{d.Pour}\u001F{d.Contre}\u001F{d.Abstention}\u001E");
        }

        contenu.Append('\u001D').Append(Notes);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contenu.ToString())));
    }

    private void ExigerLeSecretariatDuComite(Comite comite, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(comite);
        if (comite.Id != Comite)
        {
            throw new RegleMetierException(CodesErreur.ReserveAuSecretariat, comite.Nom);
        }

        ParcoursDAgrement.ExigerLeSecretariat(comite, par, maintenant);
    }
}
