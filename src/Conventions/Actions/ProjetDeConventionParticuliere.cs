using System.Security.Cryptography;
using System.Text;
using Conventions.Accords;
using Conventions.Audit;
using Conventions.Catalogue;
using Conventions.Comites;
using Conventions.Dossiers;
using Conventions.Erreurs;
using Conventions.Membres;
using Conventions.Valeurs;
using Conventions.Votes;

namespace Conventions.Actions;

public readonly record struct ConventionParticuliereId(Guid Valeur)
{
    public static ConventionParticuliereId Nouveau() => new(Guid.NewGuid());

    public static ConventionParticuliereId? Lire(string? texte) => Guid.TryParseExact(texte, "N", out var guid) ? new ConventionParticuliereId(guid) : null;

    public override string ToString() => Valeur.ToString("N");
}

/// <summary>
/// A particular convention a Comité de suivi drafts to carry out its actions (seed 002, art. 5.4): the fields its
/// form gives, among them the six elements its framework requires (R11), saved as they are typed; put on the agenda
/// complete, for its committee's opinion, then validated and approved by the Comité d'accompagnement. Validated, its
/// drafting for signature starts (the conventions flow).
/// </summary>
public sealed class ProjetDeConventionParticuliere : Agregat
{
    /// <summary>Its fields' dates are not bound to a call: any day a date field accepts.</summary>
    private static readonly Periode SansBorne = new(DateOnly.MinValue, DateOnly.MaxValue);

    private readonly Dictionary<string, string> _champs = new(StringComparer.Ordinal);
    private ParcoursDAgrement _parcours = new();

    private ProjetDeConventionParticuliere(ConventionParticuliereId id, string type, ComiteId comite)
    {
        Id = id;
        Type = type;
        Comite = comite;
    }

    public ConventionParticuliereId Id { get; }

    /// <summary>Its form (Catalogue/ConventionsParticulieres), by its code.</summary>
    public string Type { get; }

    public ComiteId Comite { get; }

    public IReadOnlyDictionary<string, string> Champs => _champs;

    public EtatDuProjet Etat => _parcours.Etat;

    public int Version => _parcours.Version;

    public string? EmpreinteSoumise => _parcours.EmpreinteSoumise;

    public string? MotifDuRetour => _parcours.MotifDuRetour;

    public bool EstModifiable => _parcours.EstModifiable;

    /// <summary>A new draft by a voting member of the committee its form names.</summary>
    public static ProjetDeConventionParticuliere Rediger(ConventionParticuliereId id, Comite comite, FormulaireDeConventionParticuliere formulaire, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(comite);
        ArgumentNullException.ThrowIfNull(formulaire);
        if (comite.Statuts.Code != formulaire.Comite)
        {
            throw new RegleMetierException(CodesErreur.ConventionParticuliereDUnAutreComite, comite.Nom);
        }

        ParcoursDAgrement.ExigerRedacteur(comite, par);
        var projet = new ProjetDeConventionParticuliere(id, formulaire.Type, comite.Id);
        projet.Journaliser(par, maintenant, ActionAuditee.ConventionParticuliereRedigee, id.ToString(), formulaire.Type);
        return projet;
    }

    public static ProjetDeConventionParticuliere Restaurer(
        ConventionParticuliereId id, string type, ComiteId comite, EtatDuProjet etat, int version, string? empreinteSoumise, string? motifDuRetour, IReadOnlyDictionary<string, string> champs)
    {
        ArgumentNullException.ThrowIfNull(champs);
        var projet = new ProjetDeConventionParticuliere(id, type, comite) { _parcours = ParcoursDAgrement.Restaurer(etat, version, empreinteSoumise, motifDuRetour) };
        foreach (var (champ, valeur) in champs)
        {
            projet._champs[champ] = valeur;
        }

        return projet;
    }

    /// <summary>What names it in lists: its title, once typed.</summary>
    public string Intitule(FormulaireDeConventionParticuliere formulaire)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        return _champs.GetValueOrDefault(formulaire.Intitule) ?? string.Empty;
    }

    /// <summary>R11: each element its framework requires, with what the draft states for it.</summary>
    public IReadOnlyDictionary<string, string> Elements(FormulaireDeConventionParticuliere formulaire)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        return formulaire.Elements.ToDictionary(e => e.Key, e => _champs.GetValueOrDefault(e.Value) ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>
    /// A voting member saves fields, the way a dossier's step is saved: each checked against the form, what passes
    /// kept, a refused entry or one whose field another drafter changed since the card showed it sent back.
    /// </summary>
    public ResultatDeSaisie Enregistrer(Comite comite, FormulaireDeConventionParticuliere formulaire, IReadOnlyList<Saisie> saisies, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ExigerModifiable(comite, par);
        var resultat = new ResultatDeSaisie();
        var vues = formulaire.CommeFormulaire;
        var nouvelles = resultat.Lire(saisies, formulaire.Definition, (champ, valeur) => SaisieDeChamp.Normaliser(champ, valeur, vues, SansBorne), _champs);
        resultat.Appliquer(nouvelles, _champs);

        if (nouvelles.Count > 0)
        {
            Journaliser(par, maintenant, ActionAuditee.ConventionParticuliereModifiee, Id.ToString(), string.Join(", ", nouvelles.Keys.Order(StringComparer.Ordinal)));
        }

        return resultat;
    }

    /// <summary>
    /// The secretariat the statutes name (R05, R10) puts the draft on its committee's agenda, complete (every required
    /// field, the six elements of R11 among them), for its opinion; then, the opinion favourable, on the validating
    /// committee's. Returns the stage the committee votes for.
    /// </summary>
    public EtapeDuComite InscrireALOrdreDuJour(Comite comite, FormulaireDeConventionParticuliere formulaire, TypeDeConvention cadre, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        ParcoursDAgrement.ExigerLeSecretariat(comite, par, maintenant);
        if (Etat == EtatDuProjet.Brouillon && comite.Id == Comite)
        {
            var manquants = formulaire.Champs.Where(c => c.Requis && _champs.GetValueOrDefault(c.Id) is not { Length: > 0 }).Select(c => c.Libelle).ToList();
            if (manquants.Count > 0)
            {
                throw new RegleMetierException(CodesErreur.ElementsManquants, string.Join(", ", manquants));
            }

            ConventionParticuliere.Verifier(cadre, Elements(formulaire));
        }

        var etape = _parcours.Inscrire(comite, Comite, formulaire.Validation, EmpreinteDuContenu, par, maintenant);
        Journaliser(par, maintenant, ActionAuditee.ConventionParticuliereInscrite, Id.ToString(), $"{(etape == EtapeDuComite.Avis ? "avis" : "validation")}, version {Version}", EmpreinteSoumise);
        return etape;
    }

    /// <summary>A closed vote on the frozen version: the committee's opinion, then the validation (<see cref="ParcoursDAgrement.Appliquer"/>).</summary>
    public IssueDuParcours? AppliquerLeVote(ResultatDuScrutin vote, FormulaireDeConventionParticuliere formulaire, string statutsDuComite, string? motifDeRetour, MembreId par, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(formulaire);
        var issue = _parcours.Appliquer(vote, statutsDuComite, formulaire.Comite, formulaire.Validation, motifDeRetour);
        var (action, details) = issue switch
        {
            IssueDuParcours.Renvoye => (ActionAuditee.ConventionParticuliereRenvoyee, motifDeRetour ?? vote.Decision.ToString()),
            IssueDuParcours.AvisFavorable => (ActionAuditee.ConventionParticuliereAvisFavorable, $"version {Version}"),
            IssueDuParcours.Valide => (ActionAuditee.ConventionParticuliereValidee, $"version {Version}"),
            _ => (null, string.Empty),
        };
        if (action is not null)
        {
            Journaliser(par, maintenant, action, Id.ToString(), details, EmpreinteSoumise);
        }

        return issue;
    }

    /// <summary>The hash of the content: its form and every field, in a fixed order.</summary>
    public string EmpreinteDuContenu()
    {
        var contenu = new StringBuilder(Type).Append('\u001D');
        foreach (var (champ, valeur) in _champs.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            contenu.Append(champ).Append('\u001F').Append(valeur).Append('\u001E');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contenu.ToString())));
    }

    private void ExigerModifiable(Comite comite, MembreId par)
    {
        ArgumentNullException.ThrowIfNull(comite);
        if (comite.Id != Comite)
        {
            throw new RegleMetierException(CodesErreur.ConventionParticuliereDUnAutreComite, comite.Nom);
        }

        ParcoursDAgrement.ExigerRedacteur(comite, par);
        if (!EstModifiable)
        {
            throw new RegleMetierException(CodesErreur.ConventionParticuliereNonModifiable, Etat);
        }
    }
}
