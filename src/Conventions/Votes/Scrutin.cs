using System.Security.Cryptography;
using System.Text;
using Conventions.Audit;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Erreurs;
using Conventions.Membres;

namespace Conventions.Votes;

/// <summary>
/// A committee's vote on one item. Only voting members cast a ballot; a member of the applicant's organisation is
/// recused (and recorded). A ballot can be changed until the close, by the chair or at the deadline. The outcome
/// applies the statutes: quorum, parity of the sides, simple majority, the chair's casting vote where granted.
/// In a secret vote a choice is only ever stored sealed (AES-GCM under the vote's own key, a fresh nonce each time,
/// bound to the vote and the member), and the key is destroyed at the close: from then on no stored value links a
/// person to a choice, and before it only the key's holder could.
/// </summary>
public sealed class Scrutin : Agregat
{
    private readonly Dictionary<MembreId, MembreDeComite> _electeurs;
    private readonly Dictionary<MembreId, DateTimeOffset> _participations = [];
    private readonly Dictionary<MembreId, Choix> _choix = [];
    private byte[]? _sel;

    private Scrutin(ScrutinId id, ComiteId comite, ObjetDuVote objet, RegleDeDecision regle, Parite? parite, bool secret, DateTimeOffset echeance, MembreId? president, List<MembreDeComite> electeurs, List<MembreId> recuses)
    {
        Id = id;
        Comite = comite;
        Objet = objet;
        Regle = regle;
        Parite = parite;
        Secret = secret;
        Echeance = echeance;
        President = president;
        _electeurs = electeurs.ToDictionary(e => e.Membre);
        Recuses = recuses;
        _sel = secret ? RandomNumberGenerator.GetBytes(32) : null;
    }

    public ScrutinId Id { get; }

    public ComiteId Comite { get; }

    public ObjetDuVote Objet { get; }

    public RegleDeDecision Regle { get; }

    public Parite? Parite { get; }

    public bool Secret { get; }

    public DateTimeOffset Echeance { get; }

    public MembreId? President { get; }

    public IReadOnlyList<MembreId> Recuses { get; }

    public IEnumerable<MembreId> Electeurs => _electeurs.Keys;

    public ResultatDuScrutin? Resultat { get; private set; }

    public bool EstClos => Resultat is not null;

    public int NombreDeVotants => _participations.Count;

    /// <summary>Opens the vote with the committee as it is now: its voting members, its chair, its statutes.</summary>
    public static Scrutin Ouvrir(ScrutinId id, Comite comite, ObjetDuVote objet, bool secret, DateTimeOffset echeance, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(comite);
        ArgumentNullException.ThrowIfNull(objet);
        if (echeance <= maintenant)
        {
            throw new RegleMetierException(CodesErreur.EcheanceDepassee, echeance);
        }

        if (string.IsNullOrWhiteSpace(objet.EmpreinteDocument))
        {
            throw new RegleMetierException(CodesErreur.EmpreinteManquante, objet.Intitule);
        }

        var votants = comite.Votants.ToList();
        var recuses = votants.Where(m => m.Represente(objet.BceDuDemandeur)).ToList();
        var scrutin = new Scrutin(id, comite.Id, objet, comite.Statuts.Decision, comite.Statuts.Parite, secret, echeance, comite.President(Calendrier.Bruxelles.Jour(maintenant)), votants.Except(recuses).ToList(), [.. recuses.Select(r => r.Membre)]);
        scrutin.Journaliser(par, maintenant, ActionAuditee.ScrutinOuvert, id.ToString(), $"{objet.Nature} {objet.Reference}; récusés : {recuses.Count}", objet.EmpreinteDocument);
        return scrutin;
    }

    public static Scrutin Restaurer(ScrutinEnregistre e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var scrutin = new Scrutin(e.Id, e.Comite, e.Objet, e.Regle, e.Parite, e.Secret, e.Echeance, e.President, [.. e.Electeurs], [.. e.Recuses]) { _sel = e.Sel };
        var comptes = e.Resultat?.Votants.ToHashSet();
        foreach (var (membre, quand) in e.Participations.Where(p => comptes?.Contains(p.Key) != false))
        {
            scrutin._participations[membre] = quand;
        }

        foreach (var (membre, choix) in e.Choix.Where(c => !e.Secret && (comptes is null || comptes.Contains(c.Key))))
        {
            scrutin._choix[membre] = choix;
        }

        if (e.Secret && e.Resultat is null && e.Sel is { } cle)
        {
            foreach (var (membre, bulletin) in e.Bulletins)
            {
                if (Desceller(cle, e.Id, membre, bulletin) is { } choix)
                {
                    scrutin._choix[membre] = choix;
                }
            }
        }

        if (e.Resultat is { } r)
        {
            scrutin.Resultat = scrutin.Calculer(r.ClosLe) with { Pour = r.Pour, Contre = r.Contre, Abstention = r.Abstention, Decision = r.Decision, VoixPreponderanteUtilisee = r.VoixPreponderanteUtilisee };
        }

        return scrutin;
    }

    public ScrutinEnregistre Enregistrement() => new(
        Id, Comite, Objet, Regle, Parite, Secret, Echeance, President, [.. _electeurs.Values], Recuses,
        new Dictionary<MembreId, DateTimeOffset>(_participations),
        Secret ? new Dictionary<MembreId, Choix>() : new Dictionary<MembreId, Choix>(_choix),
        Secret && _sel is { } cle ? _choix.ToDictionary(c => c.Key, c => Sceller(cle, Id, c.Key, c.Value)) : new Dictionary<MembreId, byte[]>(),
        _sel,
        Resultat is { } r ? new ResultatEnregistre(r.Pour, r.Contre, r.Abstention, r.Decision, r.VoixPreponderanteUtilisee, r.ClosLe, [.. _participations.Keys]) : null);

    /// <summary>A secret vote's ballot of <paramref name="membre"/> as it may be stored: sealed, unreadable without the vote's key.</summary>
    public byte[]? BulletinScelle(MembreId membre) =>
        Secret && _sel is { } cle && _choix.TryGetValue(membre, out var choix) ? Sceller(cle, Id, membre, choix) : null;

    /// <summary>Casts or changes a ballot. Identity comes from the caller's authenticated activity, never from card data.</summary>
    public void Voter(MembreId membre, Choix choix, DateTimeOffset maintenant)
    {
        if (EstClos || maintenant >= Echeance)
        {
            throw new RegleMetierException(CodesErreur.ScrutinClos, Objet.Intitule);
        }

        if (Recuses.Contains(membre))
        {
            throw new RegleMetierException(CodesErreur.MembreRecuse, Objet.Intitule);
        }

        if (!_electeurs.ContainsKey(membre))
        {
            throw new RegleMetierException(CodesErreur.PasElecteur, Objet.Intitule);
        }

        if (!Enum.IsDefined(choix))
        {
            throw new RegleMetierException(CodesErreur.ChoixInconnu, choix);
        }

        _participations[membre] = maintenant;
        _choix[membre] = choix;
        Journaliser(membre, maintenant, ActionAuditee.VoteExprime, Id.ToString(), Secret ? "vote secret" : choix.ToString(), Objet.EmpreinteDocument);
    }

    public DecompteEnCours Decompte()
    {
        var parCote = _electeurs.Values.GroupBy(e => e.Cote).ToDictionary(g => g.Key, g => g.Count(e => _participations.ContainsKey(e.Membre)), StringComparer.Ordinal);
        var visible = !Secret || EstClos;
        return new DecompteEnCours(
            _participations.Count,
            _electeurs.Count,
            parCote,
            _electeurs.Count > 0 && _participations.Count > _electeurs.Count * Regle.Quorum,
            Resultat is { } r ? new Dictionary<Choix, int> { [Choix.Pour] = r.Pour, [Choix.Contre] = r.Contre, [Choix.Abstention] = r.Abstention }
            : visible ? Enum.GetValues<Choix>().ToDictionary(c => c, c => _choix.Values.Count(v => v == c)) : null);
    }

    public bool EstElecteur(MembreId membre) => _electeurs.ContainsKey(membre);

    public string? NomDe(MembreId membre) => _electeurs.TryGetValue(membre, out var electeur) ? electeur.Nom : null;

    public string? CoteDe(MembreId membre) => _electeurs.TryGetValue(membre, out var electeur) ? electeur.Cote : null;

    /// <summary>The member's own ballot (shown on their personal card); null if they have not voted.</summary>
    public Choix? ChoixDe(MembreId membre) => _choix.TryGetValue(membre, out var choix) ? choix : null;

    public bool AVote(MembreId membre) => _participations.ContainsKey(membre);

    /// <summary>Before its deadline only the chair closes a vote; once it has passed, anyone (the deadline job) may.</summary>
    public void VerifierQuePeutClore(MembreId par, DateTimeOffset maintenant)
    {
        if (par != President && maintenant < Echeance)
        {
            throw new RegleMetierException(CodesErreur.ClotureReserveeAuPresident, Objet.Intitule);
        }
    }

    public ResultatDuScrutin Cloturer(MembreId par, DateTimeOffset maintenant)
    {
        if (EstClos)
        {
            throw new RegleMetierException(CodesErreur.ScrutinClos, Objet.Intitule);
        }

        VerifierQuePeutClore(par, maintenant);
        Resultat = Calculer(maintenant);
        _sel = null;
        if (Secret)
        {
            _choix.Clear();
        }

        Journaliser(par, maintenant, ActionAuditee.ScrutinClos, Id.ToString(), $"{Resultat.Decision}: {Resultat.Pour} pour, {Resultat.Contre} contre, {Resultat.Abstention} abstentions", Objet.EmpreinteDocument);
        return Resultat;
    }

    private ResultatDuScrutin Calculer(DateTimeOffset maintenant)
    {
        var compte = (Choix c) => _choix.Values.Count(v => v == c);
        var (pour, contre, abstention) = (compte(Choix.Pour), compte(Choix.Contre), compte(Choix.Abstention));
        var parCote = _electeurs.Values.GroupBy(e => e.Cote).ToDictionary(g => g.Key, g => g.Count(e => _participations.ContainsKey(e.Membre)), StringComparer.Ordinal);
        var voixDuPresident = !Secret && President is { } president && Regle.VoixPreponderanteDuPresident ? ChoixDe(president) : null;
        var departage = pour == contre && voixDuPresident is Choix.Pour or Choix.Contre;
        var decision =
            _electeurs.Count == 0 || _participations.Count <= _electeurs.Count * Regle.Quorum ? Decision.QuorumNonAtteint
            : Parite is { } parite && !PariteRespectee(parite) ? Decision.PariteNonRespectee
            : pour > contre || (departage && voixDuPresident == Choix.Pour) ? Decision.Adopte
            : Decision.Rejete;
        return new ResultatDuScrutin(
            pour,
            contre,
            abstention,
            _participations.Count,
            _electeurs.Count,
            parCote,
            decision,
            departage && decision is Decision.Adopte or Decision.Rejete,
            Secret ? null : _participations.Keys.Where(_choix.ContainsKey).ToDictionary(m => m, m => _choix[m]),
            Recuses,
            maintenant,
            Objet.EmpreinteDocument);
    }

    private bool PariteRespectee(Parite parite) => parite.Cotes.All(cote =>
    {
        var electeurs = _electeurs.Values.Count(e => e.Cote == cote);
        var presents = _electeurs.Values.Count(e => e.Cote == cote && _participations.ContainsKey(e.Membre));
        return electeurs == 0 || presents >= electeurs * parite.PresenceMinimaleParCote;
    });

    private static byte[] Sceller(byte[] cle, ScrutinId scrutin, MembreId membre, Choix choix) => Sceau.Sceller(cle, [(byte)choix], Lien(scrutin, membre));

    /// <summary>A ballot that does not open with the vote's key (damaged, or moved from another row) is not counted.</summary>
    private static Choix? Desceller(byte[] cle, ScrutinId scrutin, MembreId membre, byte[] bulletin) =>
        Sceau.Ouvrir(cle, bulletin, Lien(scrutin, membre)) is [var octet] && Enum.IsDefined((Choix)octet) ? (Choix)octet : null;

    /// <summary>A sealed ballot opens only for its own vote and member: it cannot be moved to another person's row.</summary>
    private static byte[] Lien(ScrutinId scrutin, MembreId membre) => Encoding.UTF8.GetBytes($"{scrutin}|{membre}");
}
