using Conventions.Calendrier;
using Conventions.Dossiers;
using Microsoft.Extensions.Options;

namespace TeamsConventions.Bot.Hosting;

/// <summary>The configured calls for proposals, as the domain sees them, with where each one's dossiers go.</summary>
public sealed class AppelsAProjets(IOptions<DossiersOptions> options) : TeamsConventions.Application.Dossiers.IAppelsAProjets, TeamsConventions.Application.Accords.IReglagesDesSignatures
{
    public IReadOnlyList<int> RappelsEnJours => [.. options.Value.RappelsDeSignatureEnJours];

    public IEnumerable<AppelAProjets> Tous => options.Value.Appels.Select(VersDomaine);

    public AppelAProjets? Trouver(string? id) =>
        options.Value.Appels.FirstOrDefault(a => a.Id == id) is { } appel ? VersDomaine(appel) : null;

    public IReadOnlyList<int> RappelsAvantCloture => [.. options.Value.RappelsAvantClotureEnJours];

    public TimeSpan DureeDuVote => TimeSpan.FromDays(options.Value.DureeDuVoteEnJours);

    public AppelOptions? Configuration(string? id) => options.Value.Appels.FirstOrDefault(a => a.Id == id);

    /// <summary>The calls whose analysts sit in this team channel.</summary>
    public IEnumerable<AppelOptions> DontLesAnalystesSontDans(string equipe, string canal) =>
        options.Value.Appels.Where(a => a.EquipeDesAnalystes == equipe && a.CanalDesAnalystes == canal);

    public IReadOnlyList<AppelAProjets> Ouverts(DateTimeOffset maintenant) => [.. Tous.Where(a => a.EstOuvert(maintenant)).OrderBy(a => a.Cloture)];

    public AppelAProjets? Prochain(DateTimeOffset maintenant) => Tous.Where(a => a.Ouverture > maintenant).MinBy(a => a.Ouverture);

    private static AppelAProjets VersDomaine(AppelOptions a) =>
        new(a.Id, a.Titre, a.Type, Instant(a.Ouverture), Instant(a.Cloture));

    private static DateTimeOffset Instant(DateTime local)
    {
        var heure = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(heure, Bruxelles.Fuseau.GetUtcOffset(heure));
    }
}
