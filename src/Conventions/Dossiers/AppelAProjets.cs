namespace Conventions.Dossiers;

/// <summary>A call for proposals: which kind of convention it leads to, when it opens and closes (R02).</summary>
public sealed record AppelAProjets(string Id, string Titre, string TypeDeConvention, DateTimeOffset Ouverture, DateTimeOffset Cloture)
{
    public bool EstOuvert(DateTimeOffset maintenant) => maintenant >= Ouverture && maintenant <= Cloture;

    /// <summary>
    /// Of the reminders due <paramref name="joursAvantCloture"/> days before the close, the one that applies now:
    /// the nearest to the close already reached (one missed while nobody could send it is not sent late as well);
    /// null before the first and after the close.
    /// </summary>
    public int? RappelEnCours(IEnumerable<int> joursAvantCloture, DateTimeOffset maintenant)
    {
        ArgumentNullException.ThrowIfNull(joursAvantCloture);
        var atteints = joursAvantCloture.Where(j => maintenant >= Cloture.AddDays(-j)).ToList();
        return maintenant < Cloture && atteints.Count > 0 ? atteints.Min() : null;
    }
}
