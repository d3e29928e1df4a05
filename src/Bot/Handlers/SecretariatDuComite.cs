using Conventions.Calendrier;
using Conventions.Comites;
using TeamsConventions.Bot.Envois;

namespace TeamsConventions.Bot.Handlers;

/// <summary>Whom to tell when something about a committee cannot be done: its secretariat as the statutes name it (R05, R10).</summary>
public static class SecretariatDuComite
{
    public static IReadOnlyList<Destinataire> Destinataires(Comite? comite, DateTimeOffset maintenant) => comite is null
        ? []
        : [.. comite.Secretariat(Bruxelles.Jour(maintenant)).Select(m => new Destinataire.Personne(m.ToString(), comite.Membre(m)?.Nom))];
}
