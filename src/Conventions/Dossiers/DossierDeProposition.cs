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

    public void Renseigner(string champ, string? valeur, MembreId par)
    {
        ExigerEditeur(par);
        if (!EstModifiable)
        {
            throw new RegleMetierException(CodesErreur.DossierNonModifiable, Etat);
        }

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

    public IReadOnlyList<string> ChampsObligatoiresManquants(TypeDeConvention type) =>
        [.. (type?.ChampsObligatoiresDuDossier ?? []).Where(c => !_champs.ContainsKey(c))];

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
