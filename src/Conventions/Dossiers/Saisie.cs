using Conventions.Erreurs;

namespace Conventions.Dossiers;

/// <summary>One field as an editor sent it, with the hash of the value their card showed (null: it was empty).</summary>
public sealed record Saisie(string Champ, string? Valeur, string? EmpreinteVue);

/// <summary>What became of a step's entries: refused with a reason, in conflict with another editor's save, or applied.</summary>
public sealed class ResultatDeSaisie
{
    private readonly Dictionary<string, RegleMetierException> _erreurs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _conflits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nonEnregistrees = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, RegleMetierException> Erreurs => _erreurs;

    /// <summary>Per field in conflict: the value now stored (empty when the other editor cleared it).</summary>
    public IReadOnlyDictionary<string, string> Conflits => _conflits;

    /// <summary>What the editor typed into a refused or conflicting field, to show it back untouched.</summary>
    public IReadOnlyDictionary<string, string> NonEnregistrees => _nonEnregistrees;

    public int Modifies { get; internal set; }

    public bool EstSansReserve => _erreurs.Count == 0 && _conflits.Count == 0;

    internal void Refuser(Saisie saisie, RegleMetierException erreur)
    {
        _erreurs[saisie.Champ] = erreur;
        _nonEnregistrees[saisie.Champ] = saisie.Valeur ?? string.Empty;
    }

    internal void SignalerConflit(Saisie saisie, string valeurActuelle)
    {
        _conflits[saisie.Champ] = valeurActuelle;
        _nonEnregistrees[saisie.Champ] = saisie.Valeur ?? string.Empty;
    }
}
