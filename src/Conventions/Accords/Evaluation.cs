namespace Conventions.Accords;

/// <summary>R16–R17: an evaluation, due on an anniversary or asked for by a party; its minutes are validated by every party.</summary>
public sealed class Evaluation(string reference, DateOnly due, string? demandeePar)
{
    private readonly HashSet<string> _validations = new(StringComparer.Ordinal);

    public string Reference { get; } = reference;

    public DateOnly Due { get; } = due;

    public string? DemandeePar { get; } = demandeePar;

    public string? EmpreinteDuCompteRendu { get; private set; }

    public IReadOnlySet<string> ValideePar => _validations;

    internal void DeposerCompteRendu(string empreinte)
    {
        EmpreinteDuCompteRendu = empreinte;
        _validations.Clear();
    }

    internal void Valider(string partie) => _validations.Add(partie);
}

/// <summary>How a party ended the convention, and when that takes effect.</summary>
public sealed record Preavis(string Partie, DateOnly DonneLe, Catalogue.FormeDuPreavis Forme, string? Motifs, DateOnly Fin);
