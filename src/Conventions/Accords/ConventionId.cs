namespace Conventions.Accords;

public readonly record struct ConventionId(Guid Valeur)
{
    public static ConventionId Nouveau() => new(Guid.NewGuid());

    public override string ToString() => Valeur.ToString("N");
}

public enum EtatDeConvention
{
    EnSignature,
    EnVigueur,
    Terminee,
}
