namespace Conventions.Dossiers;

/// <summary>A call for proposals: which kind of convention it leads to, when it opens and closes (R02).</summary>
public sealed record AppelAProjets(string Id, string Titre, string TypeDeConvention, DateTimeOffset Ouverture, DateTimeOffset Cloture)
{
    public bool EstOuvert(DateTimeOffset maintenant) => maintenant >= Ouverture && maintenant <= Cloture;
}
