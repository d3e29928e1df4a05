namespace Conventions.Comites;

public readonly record struct ComiteId(Guid Valeur)
{
    public static ComiteId Nouveau() => new(Guid.NewGuid());

    public override string ToString() => Valeur.ToString("N");
}
