namespace Conventions.Dossiers;

public readonly record struct DossierId(Guid Valeur)
{
    public static DossierId Nouveau() => new(Guid.NewGuid());

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
