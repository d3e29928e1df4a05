using Conventions.Calendrier;
using Conventions.Comites;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>Whom to tell when something about a committee cannot be done: its secretariat as the statutes name it (R05, R10).</summary>
public static class SecretariatDuComite
{
    public static IReadOnlyList<Destinataire> Destinataires(Comite? comite, DateTimeOffset maintenant) => comite is null
        ? []
        : [.. comite.Secretariat(Bruxelles.Jour(maintenant)).Select(m => new Destinataire.Personne(m.ToString(), comite.Membre(m)?.Nom))];

    /// <summary>
    /// Tells the secretariat of each of <paramref name="comites"/>, 1:1 through the outbox, once per
    /// <paramref name="motif"/> and committee: <paramref name="texte"/> says it, addressed to that committee.
    /// </summary>
    public static async Task AvertirAsync(
        BoiteDEnvoi boite, string motif, IEnumerable<Comite> comites, DateTimeOffset maintenant, Func<Textes, Comite, string> texte, Func<Textes, string> objet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(boite);
        ArgumentNullException.ThrowIfNull(comites);
        ArgumentNullException.ThrowIfNull(texte);
        foreach (var comite in comites)
        {
            await boite.DeposerAsync($"{motif}|{comite.Id}", Destinataires(comite, maintenant), t => Activity.Texte(texte(t, comite)), objet, [], cancellationToken);
        }
    }
}
