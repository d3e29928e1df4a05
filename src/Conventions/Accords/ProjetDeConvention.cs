using Conventions.Audit;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;

namespace Conventions.Accords;

/// <summary>The draft of a convention started in chat, as storage keeps it.</summary>
public sealed record ProjetDeConventionEnregistre(ConventionId Id, string Type, IReadOnlyList<Redacteur> Redacteurs, IReadOnlyDictionary<string, string> Champs, bool Redige);

/// <summary>
/// A convention of a kind without a call, drafted in chat on its kind's form (Catalogue/Conventions): the fields
/// saved step by step the way a dossier's are — checked, co-drafted, a co-drafter's change told as a conflict —, then
/// drawn up complete as the <see cref="Convention"/> its drafters take through the signature round. Its id is the
/// convention's.
/// </summary>
public sealed class ProjetDeConvention : Agregat
{
    /// <summary>Its fields' dates are not bound to a call: any day a date field accepts.</summary>
    private static readonly Periode SansBorne = new(DateOnly.MinValue, DateOnly.MaxValue);

    private readonly Dictionary<string, string> _champs = new(StringComparer.Ordinal);
    private readonly List<Redacteur> _redacteurs = [];

    private ProjetDeConvention(ConventionId id, string type)
    {
        Id = id;
        Type = type;
    }

    public ConventionId Id { get; }

    /// <summary>Its kind, by code (its form has the same).</summary>
    public string Type { get; }

    public IReadOnlyList<Redacteur> Redacteurs => _redacteurs;

    public IReadOnlyDictionary<string, string> Champs => _champs;

    /// <summary>Drawn up as a convention: the draft no longer changes (the convention's secretariat corrects the convention).</summary>
    public bool Redige { get; private set; }

    public static ProjetDeConvention Commencer(ConventionId id, FormulaireDeDossier formulaire, Redacteur par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(par);
        var projet = new ProjetDeConvention(id, formulaire.Type);
        projet._redacteurs.Add(par with { Nom = Texte.Borne("nom", par.Nom.Length == 0 ? "?" : par.Nom, 200) });
        projet.Journaliser(par.Membre, maintenant, ActionAuditee.ProjetDeConventionCommence, id.ToString(), formulaire.Type);
        return projet;
    }

    public static ProjetDeConvention Restaurer(ProjetDeConventionEnregistre e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var projet = new ProjetDeConvention(e.Id, e.Type) { Redige = e.Redige };
        projet._redacteurs.AddRange(e.Redacteurs);
        foreach (var (champ, valeur) in e.Champs)
        {
            projet._champs[champ] = valeur;
        }

        return projet;
    }

    public ProjetDeConventionEnregistre Enregistrement() => new(Id, Type, [.. _redacteurs], new SortedDictionary<string, string>(_champs, StringComparer.Ordinal), Redige);

    public bool EstRedacteur(MembreId membre) => _redacteurs.Any(r => r.Membre == membre);

    /// <summary>A drafter adds a co-drafter (a colleague of theirs, or the other party's referent).</summary>
    public void AjouterRedacteur(Redacteur invite, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(invite);
        ExigerRedacteur(par);
        if (EstRedacteur(invite.Membre))
        {
            return;
        }

        _redacteurs.Add(invite with { Nom = Texte.Borne("nom", invite.Nom.Length == 0 ? "?" : invite.Nom, 200) });
        Journaliser(par, maintenant, ActionAuditee.ProjetDeConventionRedacteurAjoute, Id.ToString(), invite.Nom);
    }

    /// <summary>
    /// A drafter saves a step's entries, or removes a table's row (<paramref name="ligneASupprimer"/>): each entry
    /// checked against its field, what passes kept, a refused entry or one another drafter changed meanwhile sent back.
    /// </summary>
    public ResultatDeSaisie Enregistrer(FormulaireDeDossier formulaire, IReadOnlyList<Saisie> saisies, (string Tableau, string Ligne)? ligneASupprimer, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(saisies);
        ExigerModifiable(par);
        var resultat = new ResultatDeSaisie();
        var modifies = resultat.Saisir(saisies, formulaire, (champ, valeur) => SaisieDeChamp.Normaliser(champ, valeur, formulaire, SansBorne), _champs).Keys.ToList();
        if (ligneASupprimer is var (tableau, ligne))
        {
            modifies.AddRange(ResultatDeSaisie.SupprimerLigne(formulaire, _champs, tableau, ligne));
        }

        if (modifies.Count > 0)
        {
            Journaliser(par, maintenant, ActionAuditee.ProjetDeConventionModifie, Id.ToString(), string.Join(", ", modifies.Order(StringComparer.Ordinal)));
        }

        return resultat;
    }

    /// <summary>Every required field, or table without a row, not filled yet: by label, in the form's order.</summary>
    public IReadOnlyList<string> Manquants(FormulaireDeDossier formulaire)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        return [.. formulaire.Champs.Where(c => c.Requis && !EstRempli(c.Id)).Select(c => c.Libelle)];
    }

    /// <summary>The share of the required fields filled, in whole percent.</summary>
    public int PourcentageRempli(FormulaireDeDossier formulaire)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        var requis = formulaire.Champs.Count(c => c.Requis);
        return requis == 0 ? 100 : (int)Math.Floor(100.0 * (requis - Manquants(formulaire).Count) / requis);
    }

    /// <summary>
    /// A drafter draws the convention up, complete: every required field filled, then the kind's rules on what the
    /// fields make of it (its parties with their company numbers and referents — R21, R28 —, its fiches-actions — R22
    /// —, an FCIL's period — R29). Broken, nothing changes and the reason names what to fix.
    /// </summary>
    public Convention Rediger(FormulaireDeDossier formulaire, TypeDeConvention type, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(type);
        ExigerModifiable(par);
        if (Manquants(formulaire) is { Count: > 0 } manquants)
        {
            throw new RegleMetierException(CodesErreur.ChampsObligatoiresManquants, string.Join(", ", manquants));
        }

        var contenu = ContenuDuFormulaire.Lire(_champs, formulaire);
        var empreinte = Convention.EmpreinteDuContenu(type, contenu.Parties, contenu.Parametres, contenu.FichesActions, contenu.Clauses);
        var convention = Convention.Rediger(Id, type, contenu.Parties, contenu.Parametres, empreinte, par, maintenant, contenu.Bassin, contenu.FichesActions, clauses: contenu.Clauses, redacteurs: _redacteurs);
        Redige = true;
        Journaliser(par, maintenant, ActionAuditee.ProjetDeConventionRedige, Id.ToString(), type.Code, empreinte);
        return convention;
    }

    private bool EstRempli(string champ) =>
        _champs.ContainsKey(champ) || _champs.Keys.Any(k => k.StartsWith(champ + FormulaireDeDossier.SeparateurDeLigne, StringComparison.Ordinal));

    private void ExigerRedacteur(MembreId membre)
    {
        if (!EstRedacteur(membre))
        {
            throw new RegleMetierException(CodesErreur.PasRedacteur, string.Join(", ", _redacteurs.Select(r => r.Nom)));
        }
    }

    private void ExigerModifiable(MembreId par)
    {
        ExigerRedacteur(par);
        if (Redige)
        {
            throw new RegleMetierException(CodesErreur.ProjetDejaRedige);
        }
    }
}
