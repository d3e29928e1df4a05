using Conventions.Audit;
using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;

namespace Conventions.Comites;

/// <summary>
/// A committee and its statutes. Its composition always satisfies them (R04, R07, R09): a change that would
/// break one is refused with the rule it breaks. Presidency (R08) and secretariat (R05, R10) follow the statutes.
/// </summary>
public sealed class Comite : Agregat
{
    private readonly List<MembreDeComite> _membres;
    private readonly List<Mandat> _mandats;

    private Comite(ComiteId id, string nom, StatutsDeComite statuts, List<MembreDeComite> membres, List<Mandat> mandats)
    {
        Id = id;
        Nom = nom;
        Statuts = statuts;
        _membres = membres;
        _mandats = mandats;
    }

    public ComiteId Id { get; }

    public string Nom { get; }

    public StatutsDeComite Statuts { get; }

    public IReadOnlyList<MembreDeComite> Membres => _membres;

    public IReadOnlyList<Mandat> Mandats => _mandats;

    public IEnumerable<MembreDeComite> Votants => _membres.Where(m => m.Votant);

    public static Comite Constituer(ComiteId id, string nom, StatutsDeComite statuts, IEnumerable<MembreDeComite> membres, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(statuts);
        var liste = membres.ToList();
        VerifierComposition(statuts, liste);
        var comite = new Comite(id, Texte.Borne("nom", nom, 120), statuts, liste, []);
        comite.Journaliser(par, maintenant, ActionAuditee.ComiteConstitue, id.ToString(), $"{statuts.Code}: {liste.Count} membres");
        return comite;
    }

    /// <summary>Rebuilds a committee from storage; its composition is checked again.</summary>
    public static Comite Restaurer(ComiteId id, string nom, StatutsDeComite statuts, IEnumerable<MembreDeComite> membres, IEnumerable<Mandat> mandats)
    {
        ArgumentNullException.ThrowIfNull(statuts);
        var liste = membres.ToList();
        VerifierComposition(statuts, liste);
        return new Comite(id, nom, statuts, liste, [.. mandats.OrderBy(m => m.Periode.Debut)]);
    }

    /// <summary>Members leave and join together, so that a replacement keeps the parity a single change would break.</summary>
    public void ModifierComposition(IEnumerable<MembreDeComite> entrants, IEnumerable<MembreId> sortants, MembreId par, DateTimeOffset maintenant)
    {
        var partants = sortants.ToHashSet();
        var arrivants = entrants.ToList();
        var nouvelle = _membres.Where(m => !partants.Contains(m.Membre)).Concat(arrivants).ToList();
        VerifierComposition(Statuts, nouvelle);
        _membres.Clear();
        _membres.AddRange(nouvelle);
        Journaliser(par, maintenant, ActionAuditee.CompositionModifiee, Id.ToString(), $"+{arrivants.Count} −{partants.Count}");
    }

    /// <summary>R08: a one-year mandate; President and Vice-President from different sides; the presidency alternates.</summary>
    public Mandat DesignerPresidence(MembreId president, MembreId vicePresident, DateOnly debut, MembreId par, DateTimeOffset maintenant)
    {
        if (Statuts.Presidence.Type != TypeDePresidence.Tournante)
        {
            throw new RegleMetierException(CodesErreur.PresidenceFixe, Nom, Statuts.Presidence.Cote ?? string.Empty);
        }

        var p = Votant(president);
        var vp = Votant(vicePresident);
        if (p.Cote == vp.Cote)
        {
            throw new RegleMetierException(CodesErreur.PresidenceMemeCote, p.Nom, vp.Nom, p.Cote);
        }

        if (_mandats.LastOrDefault() is { } precedent)
        {
            if (debut <= precedent.Periode.Fin)
            {
                throw new RegleMetierException(CodesErreur.MandatChevauchant, debut, precedent.Periode.Fin);
            }

            var cotePrecedente = CoteDe(precedent.President);
            if (cotePrecedente == p.Cote)
            {
                throw new RegleMetierException(CodesErreur.PresidenceNonAlternee, p.Nom, p.Cote);
            }
        }

        var mandat = new Mandat(president, vicePresident, new Periode(debut, debut.AddMonths(Statuts.Presidence.DureeDuMandatEnMois).AddDays(-1)));
        _mandats.Add(mandat);
        Journaliser(par, maintenant, ActionAuditee.PresidenceDesignee, Id.ToString(), $"{p.Nom} ({p.Cote}) / {vp.Nom} ({vp.Cote}) {mandat.Periode.Debut:yyyy-MM-dd}");
        return mandat;
    }

    /// <summary>Who chairs on <paramref name="jour"/>: the fixed side's member, or the President of the current mandate.</summary>
    public MembreId? President(DateOnly jour) => Statuts.Presidence.Type == TypeDePresidence.Fixe
        ? _membres.FirstOrDefault(m => m.Cote == Statuts.Presidence.Cote && m.Votant)?.Membre
        : _mandats.LastOrDefault(m => m.Periode.Contient(jour))?.President;

    /// <summary>Who holds the secretariat on <paramref name="jour"/> (R05: a side; R10: the President).</summary>
    public IReadOnlyList<MembreId> Secretariat(DateOnly jour) => Statuts.Secretariat.Type == TypeDeSecretariat.President
        ? President(jour) is { } president ? [president] : []
        : [.. _membres.Where(m => m.Cote == Statuts.Secretariat.Cote).Select(m => m.Membre)];

    public MembreDeComite? Membre(MembreId membre) => _membres.FirstOrDefault(m => m.Membre == membre);

    private MembreDeComite Votant(MembreId membre) =>
        Membre(membre) is { Votant: true } votant ? votant : throw new RegleMetierException(CodesErreur.PasMembreVotant, membre, Nom);

    private string? CoteDe(MembreId membre) => Membre(membre)?.Cote;

    private static void VerifierComposition(StatutsDeComite statuts, List<MembreDeComite> membres)
    {
        if (membres.Select(m => m.Membre).Distinct().Count() != membres.Count)
        {
            throw new RegleMetierException(CodesErreur.MembreEnDouble, statuts.Intitule);
        }

        foreach (var membre in membres)
        {
            var siege = statuts.SiegeDe(membre.Cote);
            if (statuts.EstInvite(membre.Cote) != membre.Invite || (siege is null && !statuts.EstInvite(membre.Cote)))
            {
                throw new RegleMetierException(statuts.EstInvite(membre.Cote) ? CodesErreur.InviteSansVoix : CodesErreur.CoteSansSiege, membre.Nom, membre.Cote, statuts.Intitule);
            }
        }

        var votants = membres.Where(m => m.Votant).ToList();
        foreach (var siege in statuts.Sieges)
        {
            var nombre = votants.Count(m => m.Cote == siege.Cote);
            if (siege.Nombre is { } attendu && nombre != attendu)
            {
                throw new RegleMetierException(CodesErreur.SiegesIncorrects, statuts.Intitule, siege.Cote, attendu, nombre);
            }

            if (nombre == 0)
            {
                throw new RegleMetierException(CodesErreur.CoteNonRepresente, statuts.Intitule, siege.Cote);
            }
        }

        if (statuts.MaximumDeVotants is { } maximum && votants.Count > maximum)
        {
            throw new RegleMetierException(CodesErreur.TropDeVotants, statuts.Intitule, maximum, votants.Count);
        }

        if (statuts.Parite is { } parite && parite.Cotes.Select(c => votants.Count(m => m.Cote == c)).Distinct().Count() > 1)
        {
            throw new RegleMetierException(CodesErreur.PariteRompue, statuts.Intitule, string.Join(" / ", parite.Cotes.Select(c => $"{c} {votants.Count(m => m.Cote == c)}")));
        }
    }
}
