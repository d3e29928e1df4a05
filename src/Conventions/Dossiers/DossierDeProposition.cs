using System.Security.Cryptography;
using System.Text;
using Conventions.Audit;
using Conventions.Catalogue;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;
using Conventions.Votes;

namespace Conventions.Dossiers;

/// <summary>
/// A dossier de proposition, from draft to the committee's decision: submitted complete (R01) and in time (R02),
/// checked by analysts, then put to the committee (R03); where the kind asks for it, approved only on a favourable
/// avis de pertinence of a Comité de suivi (R06); a rejection always states its reason.
/// </summary>
public sealed class DossierDeProposition : Agregat
{
    public const int LongueurMaximaleDUnChamp = 4000;

    private readonly Dictionary<string, string> _champs = new(StringComparer.Ordinal);
    private readonly HashSet<MembreId> _editeurs = [];

    private DossierDeProposition(DossierId id, string appel, string type, MembreId auteur)
    {
        Id = id;
        Appel = appel;
        Type = type;
        Auteur = auteur;
        _editeurs.Add(auteur);
    }

    public DossierId Id { get; }

    public string Appel { get; }

    public string Type { get; }

    public MembreId Auteur { get; }

    public IReadOnlySet<MembreId> Editeurs => _editeurs;

    public IReadOnlyDictionary<string, string> Champs => _champs;

    public EtatDuDossier Etat { get; private set; } = EtatDuDossier.Brouillon;

    /// <summary>1 at the first submission, +1 at each resubmission.</summary>
    public int Version { get; private set; }

    public string? EmpreinteSoumise { get; private set; }

    public string? CommentaireDeCorrection { get; private set; }

    public bool? AvisDePertinenceFavorable { get; private set; }

    public string? MotifDeRejet { get; private set; }

    public bool EstModifiable => Etat is EtatDuDossier.Brouillon or EtatDuDossier.RenvoyePourCorrection;

    public static DossierDeProposition Creer(DossierId id, AppelAProjets appel, MembreId auteur, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(appel);
        return appel.EstOuvert(maintenant)
            ? new DossierDeProposition(id, appel.Id, appel.TypeDeConvention, auteur)
            : throw new RegleMetierException(CodesErreur.AppelFerme, appel.Titre, appel.Ouverture, appel.Cloture);
    }

    public static DossierDeProposition Restaurer(DossierEnregistre e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var dossier = new DossierDeProposition(e.Id, e.Appel, e.Type, e.Auteur)
        {
            Etat = e.Etat,
            Version = e.Version,
            EmpreinteSoumise = e.EmpreinteSoumise,
            CommentaireDeCorrection = e.CommentaireDeCorrection,
            AvisDePertinenceFavorable = e.AvisDePertinenceFavorable,
            MotifDeRejet = e.MotifDeRejet,
        };
        dossier._editeurs.UnionWith(e.Editeurs);
        foreach (var (champ, valeur) in e.Champs)
        {
            dossier._champs[champ] = valeur;
        }

        return dossier;
    }

    public DossierEnregistre Enregistrement() => new(
        Id, Appel, Type, Auteur, [.. _editeurs.OrderBy(m => m.Valeur)], new SortedDictionary<string, string>(_champs, StringComparer.Ordinal),
        Etat, Version, EmpreinteSoumise, CommentaireDeCorrection, AvisDePertinenceFavorable, MotifDeRejet);

    public void InviterEditeur(MembreId invite, MembreId par)
    {
        ExigerEditeur(par);
        _editeurs.Add(invite);
    }

    /// <summary>Only an editor may hand out an invitation to edit the dossier.</summary>
    public void VerifierQuePeutInviter(MembreId par) => ExigerEditeur(par);

    public void Renseigner(string champ, string? valeur, MembreId par)
    {
        ExigerModifiable(par);

        var propre = Texte.Borne(champ, valeur, LongueurMaximaleDUnChamp, obligatoire: false);
        if (propre.Length == 0)
        {
            _champs.Remove(champ);
        }
        else
        {
            _champs[champ] = propre;
        }
    }

    /// <summary>
    /// A mandatory entry is a field, a table (filled when it has a row) or a group of fields such as B3's
    /// arrangements (filled when one of them is).
    /// </summary>
    public IReadOnlyList<string> ChampsObligatoiresManquants(TypeDeConvention type) =>
        [.. (type?.ChampsObligatoiresDuDossier ?? []).Where(c => !EstRempli(c))];

    /// <summary>The share of the kind's mandatory entries filled, in whole percent (100 only when nothing is missing).</summary>
    public int PourcentageRempli(TypeDeConvention type)
    {
        var obligatoires = type?.ChampsObligatoiresDuDossier ?? [];
        return obligatoires.Count == 0 ? 100 : (int)Math.Floor(100.0 * obligatoires.Count(EstRempli) / obligatoires.Count);
    }

    public bool EstRempli(string champOuGroupe) =>
        _champs.ContainsKey(champOuGroupe)
        || _champs.Keys.Any(k => k.StartsWith(champOuGroupe + ".", StringComparison.Ordinal) || k.StartsWith(champOuGroupe + FormulaireDeDossier.SeparateurDeLigne, StringComparison.Ordinal));

    /// <summary>
    /// A step's entries, each checked against its field. An entry whose field changed since the card showed it
    /// (another editor saved it) is not applied: it comes back as a conflict with the value now stored. A table row
    /// without its required columns is not kept. Everything else valid is applied.
    /// </summary>
    public ResultatDeSaisie Saisir(IReadOnlyList<Saisie> saisies, FormulaireDeDossier formulaire, AppelAProjets appel, MembreId par)
    {
        ArgumentNullException.ThrowIfNull(saisies);
        ArgumentNullException.ThrowIfNull(formulaire);
        ExigerModifiable(par);
        var resultat = new ResultatDeSaisie();
        resultat.Saisir(saisies, formulaire, (champ, valeur) => SaisieDeChamp.Normaliser(champ, valeur, formulaire, appel), _champs);
        return resultat;
    }

    public void SupprimerLigne(FormulaireDeDossier formulaire, string tableau, string ligne, MembreId par)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ExigerModifiable(par);
        ResultatDeSaisie.SupprimerLigne(formulaire, _champs, tableau, ligne);
    }

    /// <summary>What an editor saw of a field, so that a later save can tell whether someone changed it meanwhile.</summary>
    public static string EmpreinteDe(string? valeur) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(valeur ?? string.Empty)))[..12];

    /// <summary>The hash of the content: every field and value, in a fixed order. Recorded when the version is frozen.</summary>
    public string EmpreinteDuContenu()
    {
        var contenu = new StringBuilder();
        foreach (var (champ, valeur) in _champs.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            contenu.Append(champ).Append('\u001F').Append(valeur).Append('\u001E');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contenu.ToString())));
    }

    /// <summary>R01 and R02: complete, before the call closes; freezes the version whose hash is recorded.</summary>
    public void Soumettre(AppelAProjets appel, TypeDeConvention type, string empreinte, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(appel);
        ExigerEditeur(par);
        if (!EstModifiable)
        {
            throw new RegleMetierException(CodesErreur.DossierNonModifiable, Etat);
        }

        if (maintenant > appel.Cloture)
        {
            throw new RegleMetierException(CodesErreur.AppelClos, appel.Titre, appel.Cloture);
        }

        var manquants = ChampsObligatoiresManquants(type);
        if (manquants.Count > 0)
        {
            throw new RegleMetierException(CodesErreur.ChampsObligatoiresManquants, string.Join(", ", manquants));
        }

        Etat = EtatDuDossier.Soumis;
        Version++;
        EmpreinteSoumise = Texte.Borne("empreinte", empreinte, 128);
        CommentaireDeCorrection = null;
        Journaliser(par, maintenant, ActionAuditee.DossierSoumis, Id.ToString(), $"version {Version}", EmpreinteSoumise);
    }

    public void PrendreEnAnalyse(MembreId analyste, DateTimeOffset maintenant)
    {
        Passer(EtatDuDossier.Soumis, EtatDuDossier.EnAnalyse);
        Journaliser(analyste, maintenant, ActionAuditee.DossierEnAnalyse, Id.ToString(), $"version {Version}", EmpreinteSoumise);
    }

    public void RenvoyerPourCorrection(string commentaire, MembreId analyste, DateTimeOffset maintenant)
    {
        if (Etat is not (EtatDuDossier.Soumis or EtatDuDossier.EnAnalyse))
        {
            throw new RegleMetierException(CodesErreur.TransitionInterdite, Etat, EtatDuDossier.RenvoyePourCorrection);
        }

        CommentaireDeCorrection = Texte.Borne("commentaire", commentaire, 2000);
        Etat = EtatDuDossier.RenvoyePourCorrection;
        Journaliser(analyste, maintenant, ActionAuditee.DossierRenvoye, Id.ToString(), CommentaireDeCorrection, EmpreinteSoumise);
    }

    /// <summary>R03: only an analysed dossier goes to the committee.</summary>
    public void InscrireAuComite(MembreId analyste, DateTimeOffset maintenant)
    {
        Passer(EtatDuDossier.EnAnalyse, EtatDuDossier.InscritAuComite);
        Journaliser(analyste, maintenant, ActionAuditee.DossierInscrit, Id.ToString(), $"version {Version}", EmpreinteSoumise);
    }

    /// <summary>
    /// R06: where the kind asks for an avis de pertinence and none is recorded yet, the committee giving it votes;
    /// otherwise the committee that decides (none for a kind without a call, whose conventions no committee votes on).
    /// </summary>
    public ProchainVote ProchainVote(TypeDeConvention type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.AvisPrealable is { } avis && AvisDePertinenceFavorable is null
            ? new ProchainVote(EtapeDuComite.Avis, avis)
            : new ProchainVote(EtapeDuComite.Decision, type.Comite ?? string.Empty);
    }

    /// <summary>
    /// R06's two stages: the closed vote of the committee with statutes <paramref name="statutsDuComite"/> is the
    /// avis de pertinence when the kind asks for one and none is recorded yet, the decision when that committee
    /// governs the kind. A vote without a decision (quorum or parity missing), a dossier no longer on the agenda, or
    /// another committee's vote changes nothing. Returns whether the dossier changed.
    /// </summary>
    public bool AppliquerLeVote(ResultatDuScrutin vote, TypeDeConvention type, string statutsDuComite, string? motifDeRejet, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ArgumentNullException.ThrowIfNull(type);
        if (Etat != EtatDuDossier.InscritAuComite || vote.Decision is Decision.QuorumNonAtteint or Decision.PariteNonRespectee)
        {
            return false;
        }

        if (type.AvisPrealable == statutsDuComite && AvisDePertinenceFavorable is null)
        {
            EnregistrerAvisDePertinence(vote, par, maintenant);
            return true;
        }

        if (type.Comite == statutsDuComite)
        {
            Decider(vote, type, motifDeRejet, par, maintenant);
            return true;
        }

        return false;
    }

    /// <summary>R06: the Comité de suivi's opinion, from its vote on this very version.</summary>
    public void EnregistrerAvisDePertinence(ResultatDuScrutin vote, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ExigerEtat(EtatDuDossier.InscritAuComite);
        ExigerMemeVersion(vote);
        AvisDePertinenceFavorable = vote.Decision == Decision.Adopte;
        Journaliser(par, maintenant, ActionAuditee.AvisDePertinence, Id.ToString(), AvisDePertinenceFavorable.Value ? "favorable" : "défavorable", EmpreinteSoumise);
    }

    /// <summary>The governing committee's decision on this version; a rejection states its reason.</summary>
    public void Decider(ResultatDuScrutin vote, TypeDeConvention type, string? motifDeRejet, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ArgumentNullException.ThrowIfNull(type);
        ExigerEtat(EtatDuDossier.InscritAuComite);
        ExigerMemeVersion(vote);
        if (vote.Decision == Decision.Adopte)
        {
            if (type.AvisPrealable is not null && AvisDePertinenceFavorable != true)
            {
                throw new RegleMetierException(CodesErreur.AvisDePertinenceRequis, type.AvisPrealable);
            }

            Etat = EtatDuDossier.Approuve;
            Journaliser(par, maintenant, ActionAuditee.DossierApprouve, Id.ToString(), $"{vote.Pour} pour, {vote.Contre} contre", EmpreinteSoumise);
            return;
        }

        if (vote.Decision != Decision.Rejete)
        {
            throw new RegleMetierException(CodesErreur.PasDeDecision, vote.Decision);
        }

        MotifDeRejet = Texte.Borne("motif", motifDeRejet, 2000);
        Etat = EtatDuDossier.Rejete;
        Journaliser(par, maintenant, ActionAuditee.DossierRejete, Id.ToString(), MotifDeRejet, EmpreinteSoumise);
    }

    private void ExigerModifiable(MembreId par)
    {
        ExigerEditeur(par);
        if (!EstModifiable)
        {
            throw new RegleMetierException(CodesErreur.DossierNonModifiable, Etat);
        }
    }

    private void ExigerEditeur(MembreId membre)
    {
        if (!_editeurs.Contains(membre))
        {
            throw new RegleMetierException(CodesErreur.PasEditeur);
        }
    }

    private void ExigerEtat(EtatDuDossier attendu)
    {
        if (Etat != attendu)
        {
            throw new RegleMetierException(CodesErreur.TransitionInterdite, Etat, attendu);
        }
    }

    private void ExigerMemeVersion(ResultatDuScrutin vote)
    {
        if (vote.EmpreinteDocument != EmpreinteSoumise)
        {
            throw new RegleMetierException(CodesErreur.VersionDifferente);
        }
    }

    private void Passer(EtatDuDossier depuis, EtatDuDossier vers)
    {
        if (Etat != depuis)
        {
            throw new RegleMetierException(CodesErreur.TransitionInterdite, Etat, vers);
        }

        Etat = vers;
    }
}
