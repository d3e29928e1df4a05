namespace Conventions.Votes;

public readonly record struct ScrutinId(Guid Valeur)
{
    public static ScrutinId Nouveau() => new(Guid.NewGuid());

    public override string ToString() => Valeur.ToString("N");
}
