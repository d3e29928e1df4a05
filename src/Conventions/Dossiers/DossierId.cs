namespace Conventions.Dossiers;

public readonly record struct DossierId(Guid Valeur)
{
    public static DossierId Nouveau() => new(Guid.NewGuid());

    /// <summary>The dossier named by <paramref name="texte"/> (as <see cref="ToString"/> writes it), or null.</summary>
    public static DossierId? Lire(string? texte) => Guid.TryParseExact(texte, "N", out var guid) ? new DossierId(guid) : null;

    public override string ToString() => Valeur.ToString("N");
}

public enum EtatDuDossier
{
    Brouillon,
    Soumis,
    RenvoyePourCorrection,
    EnAnalyse,
    InscritAuComite,
    Approuve,
    Rejete,
}
