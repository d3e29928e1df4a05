using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Conventions.Audit;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;
using Conventions.Votes;

namespace Conventions.Actions;

public readonly record struct PlanDActionsId(Guid Valeur)
{
    public static PlanDActionsId Nouveau() => new(Guid.NewGuid());

    public static PlanDActionsId? Lire(string? texte) => Guid.TryParseExact(texte, "N", out var guid) ? new PlanDActionsId(guid) : null;

    public override string ToString() => Valeur.ToString("N");
}

/// <summary>
/// A Comité de suivi's *plan prévisionnel d'actions* for a year (seed 002): drafted by its members, its actions
/// described by the fields the plan's form gives (Catalogue/Plans); put on the agenda by the secretariat the statutes
/// name (R10: its President), given the committee's opinion, then validated by the Comité d'accompagnement (whose
/// agenda Forem keeps, R05). Validated, it is the plan of record and each action's owner keeps its state up to date
/// (R12). A plan for a year that already has a validated one is a revision of it, starting from its actions.
/// </summary>
public sealed class PlanDActions : Agregat
{
    public const int LongueurDeNote = 500;

    private readonly SortedDictionary<string, ActionDuPlan> _actions = new(StringComparer.Ordinal);

    private ParcoursDAgrement _parcours = new();

    private PlanDActions(PlanDActionsId id, string type, ComiteId comite, int annee, bool estUneRevision)
    {
        Id = id;
        Type = type;
        Comite = comite;
        Annee = annee;
        EstUneRevision = estUneRevision;
    }

    public PlanDActionsId Id { get; }

    /// <summary>The plan's form (Catalogue/Plans), by its code.</summary>
    public string Type { get; }

    public ComiteId Comite { get; }

    public int Annee { get; }

    public bool EstUneRevision { get; }

    public EtatDuProjet Etat => _parcours.Etat;

    /// <summary>Incremented each time the plan is put to its committee: the vote is on that version.</summary>
    public int Version => _parcours.Version;

    /// <summary>The hash of the version on the agenda, recorded when it was frozen.</summary>
    public string? EmpreinteSoumise => _parcours.EmpreinteSoumise;

    /// <summary>Why the last vote sent it back to its drafters, if one did.</summary>
    public string? MotifDuRetour => _parcours.MotifDuRetour;

    public IReadOnlyCollection<ActionDuPlan> Actions => _actions.Values;

    /// <summary>The plan's year, within which its actions' dates fall.</summary>
    public Periode Periode => new(new DateOnly(Annee, 1, 1), new DateOnly(Annee, 12, 31));

    public bool EstModifiable => _parcours.EstModifiable;

    /// <summary>
    /// A new draft by a voting member of the committee the form names. With <paramref name="enVigueur"/> (the year's
    /// validated plan), it is a revision of it and starts from its actions.
    /// </summary>
    public static PlanDActions Rediger(PlanDActionsId id, Comite comite, int annee, FormulaireDePlan formulaire, PlanDActions? enVigueur, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(comite);
        ArgumentNullException.ThrowIfNull(formulaire);
        if (comite.Statuts.Code != formulaire.Comite)
        {
            throw new RegleMetierException(CodesErreur.PlanDUnAutreComite, comite.Nom);
        }

        ParcoursDAgrement.ExigerRedacteur(comite, par);
        var revision = enVigueur is { Etat: EtatDuProjet.Valide } && enVigueur.Comite == comite.Id && enVigueur.Annee == annee;
        var plan = new PlanDActions(id, formulaire.Type, comite.Id, annee, revision);
        if (revision && enVigueur is not null)
        {
            foreach (var action in enVigueur.Actions)
            {
                plan._actions[action.Id] = action with { Etat = EtatDeLAction.Prevue, MiseAJour = null, Note = null };
            }
        }

        plan.Journaliser(par, maintenant, ActionAuditee.PlanRedige, id.ToString(), revision ? $"révision du plan {annee}" : $"plan {annee}");
        return plan;
    }

    public static PlanDActions Restaurer(PlanDActionsId id, string type, ComiteId comite, int annee, bool estUneRevision, EtatDuProjet etat, int version, string? empreinteSoumise, string? motifDuRetour, IEnumerable<ActionDuPlan> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var plan = new PlanDActions(id, type, comite, annee, estUneRevision) { _parcours = ParcoursDAgrement.Restaurer(etat, version, empreinteSoumise, motifDuRetour) };
        foreach (var action in actions)
        {
            plan._actions[action.Id] = action;
        }

        return plan;
    }

    public ActionDuPlan? Action(string id) => _actions.GetValueOrDefault(id);

    /// <summary>
    /// A member saves an action (a new one under a new row id): each field is checked against the plan's form, an
    /// entry whose field another drafter changed since the card showed it comes back as a conflict, and the action
    /// is kept only complete (its required fields) with an owner who sits on the committee.
    /// </summary>
    public ResultatDeSaisie EnregistrerAction(Comite comite, FormulaireDePlan formulaire, string idAction, IReadOnlyList<Saisie> saisies, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ArgumentNullException.ThrowIfNull(saisies);
        ExigerModifiable(comite, par);
        if (!CelluleDeTableau.EstUnIdentifiantDeLigne(idAction))
        {
            throw new RegleMetierException(CodesErreur.ActionInconnue, idAction);
        }

        var existante = _actions.GetValueOrDefault(idAction);
        var champs = new Dictionary<string, string>(existante?.Champs ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var resultat = new ResultatDeSaisie();
        var vues = formulaire.CommeFormulaire;
        foreach (var (champ, valeur) in resultat.Lire(saisies, formulaire.Definition, (definition, saisie) => SaisieDeChamp.Normaliser(definition, saisie, vues, Periode), champs))
        {
            champs[champ] = valeur;
        }

        Completer(comite, formulaire, saisies, champs, resultat);
        if (!resultat.EstSansReserve)
        {
            return resultat;
        }

        var responsable = MembreId.Depuis(champs[formulaire.Responsable]);
        _actions[idAction] = new ActionDuPlan(idAction, champs, responsable, EtatDeLAction.Prevue, null, null);
        resultat.Modifies = saisies.Count;
        Journaliser(par, maintenant, existante is null ? ActionAuditee.PlanActionAjoutee : ActionAuditee.PlanActionModifiee, Id.ToString(), champs[formulaire.Intitule]);
        return resultat;
    }

    public void RetirerAction(Comite comite, string idAction, MembreId par, DateTimeOffset maintenant)
    {
        ExigerModifiable(comite, par);
        if (!_actions.Remove(idAction, out var retiree))
        {
            throw new RegleMetierException(CodesErreur.ActionInconnue, idAction);
        }

        Journaliser(par, maintenant, ActionAuditee.PlanActionRetiree, Id.ToString(), retiree.Id);
    }

    /// <summary>
    /// The secretariat the statutes name (R05, R10) puts the plan on its committee's agenda: for its opinion (this
    /// version frozen with its hash), or, once the opinion is favourable, for the validating committee's vote.
    /// Returns the stage the committee votes for.
    /// </summary>
    public EtapeDuComite InscrireALOrdreDuJour(Comite comite, FormulaireDePlan formulaire, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ParcoursDAgrement.ExigerLeSecretariat(comite, par, maintenant);
        if (Etat == EtatDuProjet.Brouillon && comite.Id == Comite && _actions.Count == 0)
        {
            throw new RegleMetierException(CodesErreur.PlanSansAction, Annee);
        }

        var etape = _parcours.Inscrire(comite, Comite, formulaire.Validation, EmpreinteDuContenu, par, maintenant);
        Journaliser(par, maintenant, ActionAuditee.PlanInscrit, Id.ToString(), $"{(etape == EtapeDuComite.Avis ? "avis" : "validation")}, version {Version}", EmpreinteSoumise);
        return etape;
    }

    /// <summary>
    /// A closed vote on this version: its committee's opinion, then the validation. Favourable, the plan goes on
    /// (validated, its actions followed from today); otherwise it goes back to its drafters with the reason. A vote
    /// without a decision, on another version, or of another committee changes nothing. Returns whether it changed.
    /// </summary>
    public bool AppliquerLeVote(ResultatDuScrutin vote, FormulaireDePlan formulaire, string statutsDuComite, string? motifDeRetour, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        switch (_parcours.Appliquer(vote, statutsDuComite, formulaire.Comite, formulaire.Validation, motifDeRetour))
        {
            case IssueDuParcours.Renvoye:
                Journaliser(par, maintenant, ActionAuditee.PlanRenvoye, Id.ToString(), motifDeRetour ?? vote.Decision.ToString(), EmpreinteSoumise);
                return true;
            case IssueDuParcours.AvisFavorable:
                Journaliser(par, maintenant, ActionAuditee.PlanAvisFavorable, Id.ToString(), $"version {Version}", EmpreinteSoumise);
                return true;
            case IssueDuParcours.Valide:
                var jour = Bruxelles.Jour(maintenant);
                foreach (var action in _actions.Values.ToList())
                {
                    _actions[action.Id] = action with { Etat = EtatDeLAction.Prevue, MiseAJour = jour };
                }

                Journaliser(par, maintenant, ActionAuditee.PlanValide, Id.ToString(), $"version {Version}", EmpreinteSoumise);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A validated revision of this plan now stands in its place.</summary>
    public void Remplacer(PlanDActionsId revision, MembreId par, DateTimeOffset maintenant)
    {
        if (!_parcours.Remplacer())
        {
            throw new RegleMetierException(CodesErreur.PlanNonValide, Annee);
        }

        Journaliser(par, maintenant, ActionAuditee.PlanRemplace, Id.ToString(), revision.ToString());
    }

    /// <summary>R12: the action's owner, and only them, records where it stands, with a short note.</summary>
    public void MettreAJourAction(string idAction, EtatDeLAction etat, string? note, MembreId par, DateTimeOffset maintenant)
    {
        if (Etat != EtatDuProjet.Valide)
        {
            throw new RegleMetierException(CodesErreur.PlanNonValide, Annee);
        }

        if (_actions.GetValueOrDefault(idAction) is not { } action)
        {
            throw new RegleMetierException(CodesErreur.ActionInconnue, idAction);
        }

        if (action.Responsable != par)
        {
            throw new RegleMetierException(CodesErreur.ResponsableSeulement, action.Id);
        }

        var propre = Texte.Borne("note", note, LongueurDeNote, obligatoire: false);
        var jour = Bruxelles.Jour(maintenant);
        _actions[idAction] = action with { Etat = etat, MiseAJour = jour, Note = propre.Length == 0 ? null : propre };
        Journaliser(par, maintenant, ActionAuditee.PlanActionSuivie, Id.ToString(), $"{idAction} : {etat}{(propre.Length == 0 ? string.Empty : " — " + propre)}");
    }

    /// <summary>R12: the open actions of a validated plan not updated for three months, to flag to the committee's secretariat.</summary>
    public IReadOnlyList<ActionDuPlan> ActionsNonAJour(DateOnly aujourdhui) => Etat != EtatDuProjet.Valide
        ? []
        : [.. _actions.Values.Where(a => a.Etat is EtatDeLAction.Prevue or EtatDeLAction.EnCours && a.MiseAJour is { } jour && jour < aujourdhui.AddMonths(-TableauDeBordDesActions.FraicheurMaximaleEnMois))];

    /// <summary>The hash of the content: every action's fields, in a fixed order.</summary>
    public string EmpreinteDuContenu()
    {
        var contenu = new StringBuilder();
        contenu.Append(Annee.ToString(CultureInfo.InvariantCulture)).Append('\u001D');
        foreach (var action in _actions.Values)
        {
            contenu.Append(action.Id).Append('\u001D');
            foreach (var (champ, valeur) in action.Champs.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                contenu.Append(champ).Append('\u001F').Append(valeur).Append('\u001E');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contenu.ToString())));
    }

    /// <summary>The required fields, the end not before the start, the owner on the committee.</summary>
    private static void Completer(Comite comite, FormulaireDePlan formulaire, IReadOnlyList<Saisie> saisies, Dictionary<string, string> champs, ResultatDeSaisie resultat)
    {
        Saisie SaisieDe(DefinitionDeChamp champ) => saisies.FirstOrDefault(s => s.Champ == champ.Id) ?? new Saisie(champ.Id, string.Empty, null);
        foreach (var champ in formulaire.Champs.Where(c => c.Requis && !resultat.Erreurs.ContainsKey(c.Id) && !resultat.Conflits.ContainsKey(c.Id) && champs.GetValueOrDefault(c.Id) is not { Length: > 0 }))
        {
            resultat.Refuser(SaisieDe(champ), new RegleMetierException(CodesErreur.ChampRequis, champ.Libelle));
        }

        foreach (var fin in formulaire.Champs.Where(c => c.Apres is not null && !resultat.Erreurs.ContainsKey(c.Id)))
        {
            if (champs.GetValueOrDefault(fin.Apres ?? string.Empty) is { Length: > 0 } debut && champs.GetValueOrDefault(fin.Id) is { Length: > 0 } valeur && string.CompareOrdinal(valeur, debut) < 0)
            {
                resultat.Refuser(SaisieDe(fin), new RegleMetierException(CodesErreur.DateAvantDebut, fin.Libelle, DateOnly.Parse(valeur, CultureInfo.InvariantCulture), DateOnly.Parse(debut, CultureInfo.InvariantCulture)));
            }
        }

        if (!resultat.Erreurs.ContainsKey(formulaire.Responsable) && champs.GetValueOrDefault(formulaire.Responsable) is { Length: > 0 } responsable
            && (!MembreId.EssayerDepuis(responsable, out var membre) || comite.Membre(membre) is null))
        {
            resultat.Refuser(SaisieDe(formulaire.Definition(formulaire.Responsable) ?? throw new RegleMetierException(CodesErreur.ChampInconnu, formulaire.Responsable)), new RegleMetierException(CodesErreur.ResponsableHorsComite, comite.Nom));
        }
    }

    private void ExigerModifiable(Comite comite, MembreId par)
    {
        ArgumentNullException.ThrowIfNull(comite);
        if (comite.Id != Comite)
        {
            throw new RegleMetierException(CodesErreur.PlanDUnAutreComite, comite.Nom);
        }

        ParcoursDAgrement.ExigerRedacteur(comite, par);
        if (!EstModifiable)
        {
            throw new RegleMetierException(CodesErreur.PlanNonModifiable, Etat);
        }
    }
}

/// <summary>One action of a plan: its fields as the form gives them, its owner, and where it stands (R12).</summary>
/// <param name="MiseAJour">The day its state was last recorded (from the plan's validation on).</param>
public sealed record ActionDuPlan(string Id, IReadOnlyDictionary<string, string> Champs, MembreId Responsable, EtatDeLAction Etat, DateOnly? MiseAJour, string? Note);
